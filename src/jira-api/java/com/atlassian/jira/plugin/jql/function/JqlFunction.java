// Mirrors the public javadoc of com.atlassian.jira.plugin.jql.function.JqlFunction (jira-api 11; the jql-function
// module's class, DAC "JQL function"): https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/plugin/jql/function/JqlFunction.html
// Declares the interface's members (a plugin implements all of them); never packaged (Jira provides the real type).
package com.atlassian.jira.plugin.jql.function;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;

import java.util.List;

// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/plugin/jql/function/JqlFunction.html (Jira 11.0.0)
public interface JqlFunction {
    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/plugin/jql/function/JqlFunction.html#init(com.atlassian.jira.plugin.jql.function.JqlFunctionModuleDescriptor) (Jira 11.0.0)
    void init(JqlFunctionModuleDescriptor moduleDescriptor);

    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/plugin/jql/function/JqlFunction.html#validate(com.atlassian.jira.user.ApplicationUser,com.atlassian.query.operand.FunctionOperand,com.atlassian.query.clause.TerminalClause) (Jira 11.0.0)
    /** The operand's errors for this searcher; an empty set when it is valid (never null). */
    MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause);

    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/plugin/jql/function/JqlFunction.html#getValues(com.atlassian.jira.jql.query.QueryCreationContext,com.atlassian.query.operand.FunctionOperand,com.atlassian.query.clause.TerminalClause) (Jira 11.0.0)
    /** The values the function stands for (here issue ids); never null. */
    List<QueryLiteral> getValues(QueryCreationContext queryCreationContext, FunctionOperand operand, TerminalClause terminalClause);

    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/plugin/jql/function/JqlFunction.html#getMinimumNumberOfExpectedArguments() (Jira 11.0.0)
    int getMinimumNumberOfExpectedArguments();

    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/plugin/jql/function/JqlFunction.html#getFunctionName() (Jira 11.0.0)
    String getFunctionName();

    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/plugin/jql/function/JqlFunction.html#isList() (Jira 11.0.0)
    boolean isList();

    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/plugin/jql/function/JqlFunction.html#getDataType() (Jira 11.0.0)
    JiraDataType getDataType();
}

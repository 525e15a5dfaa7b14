// Mirrors the public javadoc of com.atlassian.jira.jql.operand.QueryLiteral (jira-api 11):
// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/jql/operand/QueryLiteral.html
// Declares only the members Journey Maps calls; never packaged. The bodies only make the declaration usable in tests.
package com.atlassian.jira.jql.operand;

import com.atlassian.query.operand.Operand;

// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/jql/operand/QueryLiteral.html (Jira 11.0.0)
public class QueryLiteral {
    private final Operand sourceOperand;
    private final Long longValue;

    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/jql/operand/QueryLiteral.html#%3Cinit%3E(com.atlassian.query.operand.Operand,java.lang.Long) (Jira 11.0.0)
    public QueryLiteral(Operand sourceOperand, Long longValue) {
        this.sourceOperand = sourceOperand;
        this.longValue = longValue;
    }

    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/jql/operand/QueryLiteral.html#getLongValue() (Jira 11.0.0)
    public Long getLongValue() {
        return longValue;
    }

    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/jql/operand/QueryLiteral.html#getSourceOperand() (Jira 11.0.0)
    public Operand getSourceOperand() {
        return sourceOperand;
    }
}

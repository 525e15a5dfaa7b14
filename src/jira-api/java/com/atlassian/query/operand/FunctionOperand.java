// Mirrors the public javadoc of com.atlassian.query.operand.FunctionOperand (jira-api 11):
// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/query/operand/FunctionOperand.html
// Declares only the members Journey Maps calls (the constructor for tests); never packaged. The bodies only make the
// declaration usable in tests; Jira's real class is used at run time.
package com.atlassian.query.operand;

import java.util.Collection;
import java.util.List;

// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/query/operand/FunctionOperand.html (Jira 11.0.0)
public class FunctionOperand implements Operand {
    private final String name;
    private final List<String> args;

    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/query/operand/FunctionOperand.html#%3Cinit%3E(java.lang.String,java.util.Collection) (Jira 11.0.0)
    public FunctionOperand(String name, Collection<String> args) {
        this.name = name;
        this.args = List.copyOf(args);
    }

    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/query/operand/FunctionOperand.html#getName() (Jira 11.0.0)
    public String getName() {
        return name;
    }

    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/query/operand/FunctionOperand.html#getArgs() (Jira 11.0.0)
    public List<String> getArgs() {
        return args;
    }
}

// Mirrors the public javadoc of com.atlassian.jira.plugin.jql.function.JqlFunctionModuleDescriptor (jira-api 11):
// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/plugin/jql/function/JqlFunctionModuleDescriptor.html
// Declares only the members Journey Maps calls; never packaged (Jira provides the real type).
package com.atlassian.jira.plugin.jql.function;

// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/plugin/jql/function/JqlFunctionModuleDescriptor.html (Jira 11.0.0)
public interface JqlFunctionModuleDescriptor {
    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/plugin/jql/function/JqlFunctionModuleDescriptor.html#getFunctionName() (Jira 11.0.0)
    /** The descriptor's {@code <fname>}. */
    String getFunctionName();

    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/plugin/jql/function/JqlFunctionModuleDescriptor.html#isList() (Jira 11.0.0)
    /** The descriptor's {@code <list>}. */
    boolean isList();
}

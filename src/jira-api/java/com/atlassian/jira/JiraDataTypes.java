// Mirrors the public javadoc of com.atlassian.jira.JiraDataTypes (jira-api 11): https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/JiraDataTypes.html
// Declares only the members Journey Maps uses; never packaged (Jira provides the real type).
package com.atlassian.jira;

// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/JiraDataTypes.html (Jira 11.0.0)
public final class JiraDataTypes {
    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/JiraDataTypes.html#ISSUE (Jira 11.0.0)
    /** Issues (their ids): what {@code issue in fn()} compares with. */
    public static final JiraDataType ISSUE = new JiraDataType() {
    };

    private JiraDataTypes() {
    }
}

// Mirrors the public javadoc of com.atlassian.jira.issue.IssueInputParameters (jira-api 11):
// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/IssueInputParameters.html
// Declares only the members Journey Maps calls; never packaged (Jira provides the real type).
package com.atlassian.jira.issue;

// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/IssueInputParameters.html (Jira 11.0.0)
public interface IssueInputParameters {
    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/IssueInputParameters.html#setProjectId(java.lang.Long) (Jira 11.0.0)
    IssueInputParameters setProjectId(Long projectId);

    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/IssueInputParameters.html#setIssueTypeId(java.lang.String) (Jira 11.0.0)
    IssueInputParameters setIssueTypeId(String issueTypeId);

    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/IssueInputParameters.html#setSummary(java.lang.String) (Jira 11.0.0)
    IssueInputParameters setSummary(String summary);

    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/IssueInputParameters.html#setDescription(java.lang.String) (Jira 11.0.0)
    IssueInputParameters setDescription(String description);

    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/IssueInputParameters.html#setSkipScreenCheck(boolean) (Jira 11.0.0)
    /** Validate fields whether or not they are on the operation's screen. */
    IssueInputParameters setSkipScreenCheck(boolean skipScreenCheck);
}

// Mirrors the public javadoc of com.atlassian.jira.issue.issuetype.IssueType (jira-api 11):
// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/issuetype/IssueType.html
// Declares only the members Journey Maps calls; never packaged (Jira provides the real type).
package com.atlassian.jira.issue.issuetype;

// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/issuetype/IssueType.html (Jira 11.0.0)
public interface IssueType {
    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/issuetype/IssueType.html#getId() (Jira 11.0.0)
    String getId();

    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/issuetype/IssueType.html#getName() (Jira 11.0.0)
    String getName();

    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/issuetype/IssueType.html#isSubTask() (Jira 11.0.0)
    boolean isSubTask();
}

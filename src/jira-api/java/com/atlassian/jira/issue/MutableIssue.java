// Mirrors the public javadoc of com.atlassian.jira.issue.MutableIssue (jira-api 11):
// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/MutableIssue.html
// Declares only the members Journey Maps calls; never packaged (Jira provides the real type).
package com.atlassian.jira.issue;

/** Only its Issue side is used (what IssueService.IssueResult#getIssue returns). */
// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/MutableIssue.html (Jira 11.0.0)
public interface MutableIssue extends Issue {
}

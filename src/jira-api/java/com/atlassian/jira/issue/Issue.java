// Mirrors the public javadoc of com.atlassian.jira.issue.Issue (jira-api 11):
// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/Issue.html
// Declares only the members Journey Maps calls; never packaged (Jira provides the real type).
package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.user.ApplicationUser;

// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/Issue.html (Jira 11.0.0)
public interface Issue {
    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/Issue.html#getId() (Jira 11.0.0)
    Long getId();

    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/Issue.html#getKey() (Jira 11.0.0)
    String getKey();

    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/Issue.html#getSummary() (Jira 11.0.0)
    String getSummary();

    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/Issue.html#getIssueType() (Jira 11.0.0)
    IssueType getIssueType();

    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/Issue.html#getStatus() (Jira 11.0.0)
    Status getStatus();

    /** The assignee, or null when unassigned. */
    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/Issue.html#getAssignee() (Jira 11.0.0)
    ApplicationUser getAssignee();

    /** The value of a custom field on this issue (for Jira Software's Epic Link: the epic, an Issue). */
    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/Issue.html#getCustomFieldValue(com.atlassian.jira.issue.fields.CustomField) (Jira 11.0.0)
    Object getCustomFieldValue(CustomField customField);
}

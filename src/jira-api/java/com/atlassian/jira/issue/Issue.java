// Mirrors the public javadoc of com.atlassian.jira.issue.Issue (jira-api 11):
// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/Issue.html
// Declares only the members Journey Maps calls; never packaged (Jira provides the real type).
package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.user.ApplicationUser;

public interface Issue {
    Long getId();

    String getKey();

    String getSummary();

    IssueType getIssueType();

    Status getStatus();

    /** The assignee, or null when unassigned. */
    ApplicationUser getAssignee();

    /** The value of a custom field on this issue (for Jira Software's Epic Link: the epic, an Issue). */
    Object getCustomFieldValue(CustomField customField);
}

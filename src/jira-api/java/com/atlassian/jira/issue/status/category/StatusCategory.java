// Mirrors the public javadoc of com.atlassian.jira.issue.status.category.StatusCategory (jira-api 11):
// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/status/category/StatusCategory.html
// Declares only the members Journey Maps calls; never packaged (Jira provides the real type).
package com.atlassian.jira.issue.status.category;

// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/status/category/StatusCategory.html (Jira 11.0.0)
public interface StatusCategory {
    /** "new", "indeterminate", "done" or "undefined". */
    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/status/category/StatusCategory.html#getKey() (Jira 11.0.0)
    String getKey();
}

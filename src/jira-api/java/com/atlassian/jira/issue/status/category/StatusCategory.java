// Mirrors the public javadoc of com.atlassian.jira.issue.status.category.StatusCategory (jira-api 11):
// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/status/category/StatusCategory.html
// Declares only the members Journey Maps calls; never packaged (Jira provides the real type).
package com.atlassian.jira.issue.status.category;

public interface StatusCategory {
    /** "new", "indeterminate", "done" or "undefined". */
    String getKey();
}

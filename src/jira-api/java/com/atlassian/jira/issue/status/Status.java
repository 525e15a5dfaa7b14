// Mirrors the public javadoc of com.atlassian.jira.issue.status.Status (jira-api 11):
// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/status/Status.html
// Declares only the members Journey Maps calls; never packaged (Jira provides the real type).
package com.atlassian.jira.issue.status;

import com.atlassian.jira.issue.status.category.StatusCategory;

// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/status/Status.html (Jira 11.0.0)
public interface Status {
    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/status/Status.html#getName() (Jira 11.0.0)
    String getName();

    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/status/Status.html#getStatusCategory() (Jira 11.0.0)
    StatusCategory getStatusCategory();
}

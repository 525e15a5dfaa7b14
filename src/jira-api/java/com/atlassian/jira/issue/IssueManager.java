// Mirrors the public javadoc of com.atlassian.jira.issue.IssueManager (jira-api 11):
// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/IssueManager.html
// Declares only the members Journey Maps calls; never packaged (Jira provides the real type).
package com.atlassian.jira.issue;

import java.util.Collection;
import java.util.List;

// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/IssueManager.html (Jira 11.0.0)
public interface IssueManager {
    /** The issues with these ids in the order given; ids not found are left out. Checks no permission. */
    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/IssueManager.html#getIssueObjects(java.util.Collection) (Jira 11.0.0)
    List<Issue> getIssueObjects(Collection<Long> ids);
}

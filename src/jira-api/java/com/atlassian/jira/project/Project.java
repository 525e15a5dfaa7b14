// Mirrors the public javadoc of com.atlassian.jira.project.Project (jira-api 11):
// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/project/Project.html
// Declares only the members Journey Maps calls; never packaged (Jira provides the real type).
package com.atlassian.jira.project;

import com.atlassian.jira.issue.issuetype.IssueType;

import java.util.Collection;

// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/project/Project.html (Jira 11.0.0)
public interface Project {
    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/project/Project.html#getId() (Jira 11.0.0)
    Long getId();

    /** The issue types of the project's issue type scheme. */
    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/project/Project.html#getIssueTypes() (Jira 11.0.0)
    Collection<IssueType> getIssueTypes();
}

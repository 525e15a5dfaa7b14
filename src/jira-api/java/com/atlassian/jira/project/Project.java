// Mirrors the public javadoc of com.atlassian.jira.project.Project (jira-api 11):
// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/project/Project.html
// Declares only the members Journey Maps calls; never packaged (Jira provides the real type).
package com.atlassian.jira.project;

import com.atlassian.jira.issue.issuetype.IssueType;

import java.util.Collection;

public interface Project {
    Long getId();

    /** The issue types of the project's issue type scheme. */
    Collection<IssueType> getIssueTypes();
}

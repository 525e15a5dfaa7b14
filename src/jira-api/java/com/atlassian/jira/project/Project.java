// Mirrors the public javadoc of com.atlassian.jira.project.Project (jira-api 11):
// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/project/Project.html
// Journey Maps only passes it from ProjectManager to PermissionManager, so no member is declared; never packaged.
package com.atlassian.jira.project;

public interface Project {
}

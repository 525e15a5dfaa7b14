// Mirrors the public javadoc of com.atlassian.jira.project.ProjectManager (jira-api 11):
// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/project/ProjectManager.html
// Declares only the members Journey Maps calls; never packaged (Jira provides the real type).
package com.atlassian.jira.project;

// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/project/ProjectManager.html (Jira 11.0.0)
public interface ProjectManager {
    /** The project with this key (case-insensitive), or null if there is none. */
    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/project/ProjectManager.html#getProjectObjByKey(java.lang.String) (Jira 11.0.0)
    Project getProjectObjByKey(String projectKey);
}

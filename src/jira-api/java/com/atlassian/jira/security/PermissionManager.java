// Mirrors the public javadoc of com.atlassian.jira.security.PermissionManager (jira-api 11):
// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/security/PermissionManager.html
// Declares only the members Journey Maps calls; never packaged (Jira provides the real type).
package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/security/PermissionManager.html (Jira 11.0.0)
public interface PermissionManager {
    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/security/PermissionManager.html#hasPermission(com.atlassian.jira.security.plugin.ProjectPermissionKey,com.atlassian.jira.project.Project,com.atlassian.jira.user.ApplicationUser) (Jira 11.0.0)
    boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user);

    /** Whether the user has the permission on this issue (issue security levels included). */
    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/security/PermissionManager.html#hasPermission(com.atlassian.jira.security.plugin.ProjectPermissionKey,com.atlassian.jira.issue.Issue,com.atlassian.jira.user.ApplicationUser) (Jira 11.0.0)
    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);
}

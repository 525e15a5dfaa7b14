// Mirrors the public javadoc of com.atlassian.jira.permission.ProjectPermissions (jira-api 11):
// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/permission/ProjectPermissions.html
// Declares only the constants Journey Maps uses; never packaged (Jira provides the real type).
package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/permission/ProjectPermissions.html (Jira 11.0.0)
public class ProjectPermissions {
    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/permission/ProjectPermissions.html#ADMINISTER_PROJECTS (Jira 11.0.0)
    public static final ProjectPermissionKey ADMINISTER_PROJECTS = new ProjectPermissionKey("ADMINISTER_PROJECTS");
    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/permission/ProjectPermissions.html#BROWSE_PROJECTS (Jira 11.0.0)
    public static final ProjectPermissionKey BROWSE_PROJECTS = new ProjectPermissionKey("BROWSE_PROJECTS");
    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/permission/ProjectPermissions.html#EDIT_ISSUES (Jira 11.0.0)
    public static final ProjectPermissionKey EDIT_ISSUES = new ProjectPermissionKey("EDIT_ISSUES");
}

// Mirrors the public javadoc of com.atlassian.jira.security.plugin.ProjectPermissionKey (jira-api 11):
// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/security/plugin/ProjectPermissionKey.html
// Only the constructor (used by the ProjectPermissions constants) is declared; never packaged.
package com.atlassian.jira.security.plugin;

// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/security/plugin/ProjectPermissionKey.html (Jira 11.0.0)
public final class ProjectPermissionKey {
    private final String permissionKey;

    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/security/plugin/ProjectPermissionKey.html#%3Cinit%3E(java.lang.String) (Jira 11.0.0)
    public ProjectPermissionKey(String permissionKey) {
        this.permissionKey = permissionKey;
    }
}

// Mirrors the public javadoc of com.atlassian.jira.user.ApplicationUser (jira-api 11):
// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/user/ApplicationUser.html
// Declares only the members Journey Maps calls; never packaged (Jira provides the real type).
package com.atlassian.jira.user;

// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/user/ApplicationUser.html (Jira 11.0.0)
public interface ApplicationUser {
    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/user/ApplicationUser.html#getKey() (Jira 11.0.0)
    String getKey();

    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/user/ApplicationUser.html#getUsername() (Jira 11.0.0)
    String getUsername();

    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/user/ApplicationUser.html#getDisplayName() (Jira 11.0.0)
    String getDisplayName();
}

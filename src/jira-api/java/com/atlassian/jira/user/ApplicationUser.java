// Mirrors the public javadoc of com.atlassian.jira.user.ApplicationUser (jira-api 11):
// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/user/ApplicationUser.html
// Declares only the members Journey Maps calls; never packaged (Jira provides the real type).
package com.atlassian.jira.user;

public interface ApplicationUser {
    String getKey();

    String getUsername();

    String getDisplayName();
}

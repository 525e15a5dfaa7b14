// Mirrors the public javadoc of com.atlassian.jira.security.JiraAuthenticationContext (jira-api 11):
// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/security/JiraAuthenticationContext.html
// Declares only the members Journey Maps calls; never packaged (Jira provides the real type).
package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;

// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/security/JiraAuthenticationContext.html (Jira 11.0.0)
public interface JiraAuthenticationContext {
    /** The logged in user, or null when anonymous. */
    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/security/JiraAuthenticationContext.html#getLoggedInUser() (Jira 11.0.0)
    ApplicationUser getLoggedInUser();
}

// Mirrors the public javadoc of com.atlassian.jira.user.util.UserManager (jira-api 11):
// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/user/util/UserManager.html
// Declares only the members Journey Maps calls; never packaged (Jira provides the real type).
package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/user/util/UserManager.html (Jira 11.0.0)
public interface UserManager {
    /** The user with this key, or null if there is none. */
    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/user/util/UserManager.html#getUserByKey(java.lang.String) (Jira 11.0.0)
    ApplicationUser getUserByKey(String userKey);
}

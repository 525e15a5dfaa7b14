// Mirrors the public javadoc of com.atlassian.jira.bc.user.search.UserSearchParams (jira-api 11):
// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/bc/user/search/UserSearchParams.html
// Declares only the members Journey Maps calls; never packaged (Jira provides the real type).
package com.atlassian.jira.bc.user.search;

public class UserSearchParams {
    /** Active users only; an empty query finds nobody. */
    public static final UserSearchParams ACTIVE_USERS_IGNORE_EMPTY_QUERY = null;
}

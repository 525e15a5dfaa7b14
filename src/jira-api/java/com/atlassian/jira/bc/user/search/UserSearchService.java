// Mirrors the public javadoc of com.atlassian.jira.bc.user.search.UserSearchService (jira-api 11):
// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/bc/user/search/UserSearchService.html
// Declares only the members Journey Maps calls; never packaged (Jira provides the real type).
package com.atlassian.jira.bc.user.search;

import com.atlassian.jira.user.ApplicationUser;

import java.util.List;

// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/bc/user/search/UserSearchService.html (Jira 11.0.0)
public interface UserSearchService {
    /** Users matching the query (name, username or e-mail), restricted by the search parameters. */
    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/bc/user/search/UserSearchService.html#findUsers(java.lang.String,com.atlassian.jira.bc.user.search.UserSearchParams) (Jira 11.0.0)
    List<ApplicationUser> findUsers(String query, UserSearchParams userSearchParams);

    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/bc/user/search/UserSearchService.html#canPerformAjaxSearch(com.atlassian.jira.user.ApplicationUser) (Jira 11.0.0)
    /** Whether the user picker is enabled and the user has the "Browse users and groups" global permission. */
    boolean canPerformAjaxSearch(ApplicationUser user);
}

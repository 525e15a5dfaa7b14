// Mirrors the public javadoc of com.atlassian.jira.bc.user.search.UserSearchService (jira-api 11):
// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/bc/user/search/UserSearchService.html
// Declares only the members Journey Maps calls; never packaged (Jira provides the real type).
package com.atlassian.jira.bc.user.search;

import com.atlassian.jira.user.ApplicationUser;

import java.util.List;

public interface UserSearchService {
    /** Users matching the query (name, username or e-mail), restricted by the search parameters. */
    List<ApplicationUser> findUsers(String query, UserSearchParams userSearchParams);
}

// Mirrors the public javadoc of com.atlassian.jira.bc.issue.search.SearchService (jira-api 11; Lucene-free since Jira 11):
// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/bc/issue/search/SearchService.html
// Declares only the members Journey Maps calls; never packaged (Jira provides the real type).
package com.atlassian.jira.bc.issue.search;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/bc/issue/search/SearchService.html (Jira 11.0.0)
public interface SearchService {
    /** Parses JQL as this user sees fields and values; invalid JQL comes back with its errors. */
    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/bc/issue/search/SearchService.html#parseQuery(com.atlassian.jira.user.ApplicationUser,java.lang.String) (Jira 11.0.0)
    ParseResult parseQuery(ApplicationUser searcher, String query);

    /** The issues matching the query that the user may see, in the pager's range. */
    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/bc/issue/search/SearchService.html#search(com.atlassian.jira.user.ApplicationUser,com.atlassian.query.Query,com.atlassian.jira.web.bean.PagerFilter) (Jira 11.0.0)
    SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager) throws SearchException;

    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/bc/issue/search/SearchService.ParseResult.html (Jira 11.0.0)
    final class ParseResult {
        private final Query query;
        private final MessageSet errors;

        // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/bc/issue/search/SearchService.ParseResult.html#%3Cinit%3E(com.atlassian.query.Query,com.atlassian.jira.util.MessageSet) (Jira 11.0.0)
        public ParseResult(Query query, MessageSet errors) {
            this.query = query;
            this.errors = errors;
        }

        // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/bc/issue/search/SearchService.ParseResult.html#getQuery() (Jira 11.0.0)
        public Query getQuery() {
            return query;
        }

        // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/bc/issue/search/SearchService.ParseResult.html#getErrors() (Jira 11.0.0)
        public MessageSet getErrors() {
            return errors;
        }

        // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/bc/issue/search/SearchService.ParseResult.html#isValid() (Jira 11.0.0)
        public boolean isValid() {
            return !errors.hasAnyErrors();
        }
    }
}

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

public interface SearchService {
    /** Parses JQL as this user sees fields and values; invalid JQL comes back with its errors. */
    ParseResult parseQuery(ApplicationUser searcher, String query);

    /** The issues matching the query that the user may see, in the pager's range. */
    SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager) throws SearchException;

    final class ParseResult {
        private final Query query;
        private final MessageSet errors;

        public ParseResult(Query query, MessageSet errors) {
            this.query = query;
            this.errors = errors;
        }

        public Query getQuery() {
            return query;
        }

        public MessageSet getErrors() {
            return errors;
        }

        public boolean isValid() {
            return !errors.hasAnyErrors();
        }
    }
}

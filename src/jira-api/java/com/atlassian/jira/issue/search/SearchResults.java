// Mirrors the public javadoc of com.atlassian.jira.issue.search.SearchResults (jira-api 11):
// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/search/SearchResults.html
// Declares only the members Journey Maps calls; never packaged (Jira provides the real type).
package com.atlassian.jira.issue.search;

import java.util.List;

// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/search/SearchResults.html (Jira 11.0.0)
public class SearchResults<T> {
    private final List<T> results;
    private final int total;

    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/search/SearchResults.html#%3Cinit%3E(java.util.List,int,int,int) (Jira 11.0.0)
    public SearchResults(List<T> results, int total, int maxResults, int startIndex) {
        this.results = results;
        this.total = total;
    }

    /** This page of results. */
    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/search/SearchResults.html#getResults() (Jira 11.0.0)
    public List<T> getResults() {
        return results;
    }

    /** How many match in all. */
    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/search/SearchResults.html#getTotal() (Jira 11.0.0)
    public int getTotal() {
        return total;
    }
}

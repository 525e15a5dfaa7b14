// Mirrors the public javadoc of com.atlassian.jira.issue.search.SearchException (jira-api 11):
// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/search/SearchException.html
// Declares only the members Journey Maps calls; never packaged (Jira provides the real type).
package com.atlassian.jira.issue.search;

// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/search/SearchException.html (Jira 11.0.0)
public class SearchException extends Exception {
    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/issue/search/SearchException.html#%3Cinit%3E(java.lang.String) (Jira 11.0.0)
    public SearchException(String message) {
        super(message);
    }
}

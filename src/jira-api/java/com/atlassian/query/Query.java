// Mirrors the public javadoc of com.atlassian.query.Query (atlassian-query, bundled with Jira 11):
// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/query/Query.html
// Declares only the members Journey Maps calls; never packaged (Jira provides the real type).
package com.atlassian.query;

/** A parsed JQL query; only passed from SearchService#parseQuery to SearchService#search. */
// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/query/Query.html (Jira 11.0.0)
public interface Query {
}

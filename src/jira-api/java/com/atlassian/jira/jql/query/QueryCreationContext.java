// Mirrors the public javadoc of com.atlassian.jira.jql.query.QueryCreationContext (jira-api 11):
// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/jql/query/QueryCreationContext.html
// Declares only the members Journey Maps calls; never packaged (Jira provides the real type).
package com.atlassian.jira.jql.query;

import com.atlassian.jira.user.ApplicationUser;

// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/jql/query/QueryCreationContext.html (Jira 11.0.0)
public interface QueryCreationContext {
    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/jql/query/QueryCreationContext.html#getApplicationUser() (Jira 11.0.0)
    /** The user the query runs for; null when anonymous. */
    ApplicationUser getApplicationUser();

    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/jql/query/QueryCreationContext.html#isSecurityOverriden() (Jira 11.0.0)
    /** Whether the query ignores permissions (system searches); Jira's spelling. */
    boolean isSecurityOverriden();
}

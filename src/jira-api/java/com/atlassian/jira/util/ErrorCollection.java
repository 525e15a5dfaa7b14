// Mirrors the public javadoc of com.atlassian.jira.util.ErrorCollection (jira-api 11):
// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/util/ErrorCollection.html
// Declares only the members Journey Maps calls; never packaged (Jira provides the real type).
package com.atlassian.jira.util;

import java.util.Collection;
import java.util.Map;

// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/util/ErrorCollection.html (Jira 11.0.0)
public interface ErrorCollection {
    /** Errors by field id. */
    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/util/ErrorCollection.html#getErrors() (Jira 11.0.0)
    Map<String, String> getErrors();

    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/util/ErrorCollection.html#getErrorMessages() (Jira 11.0.0)
    Collection<String> getErrorMessages();
}

// Mirrors the public javadoc of com.atlassian.jira.util.MessageSet (jira-api 11):
// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/util/MessageSet.html
// Declares only the members Journey Maps calls; never packaged (Jira provides the real type).
package com.atlassian.jira.util;

import java.util.Set;

// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/util/MessageSet.html (Jira 11.0.0)
public interface MessageSet {
    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/util/MessageSet.html#hasAnyErrors() (Jira 11.0.0)
    boolean hasAnyErrors();

    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/util/MessageSet.html#getErrorMessages() (Jira 11.0.0)
    Set<String> getErrorMessages();
}

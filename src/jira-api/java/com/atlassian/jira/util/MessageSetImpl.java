// Mirrors the public javadoc of com.atlassian.jira.util.MessageSetImpl (jira-api 11):
// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/util/MessageSetImpl.html
// Declares only the members Journey Maps calls; never packaged. The bodies only make the declaration usable in tests.
package com.atlassian.jira.util;

import java.util.LinkedHashSet;
import java.util.Set;

// https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/util/MessageSetImpl.html (Jira 11.0.0)
public class MessageSetImpl implements MessageSet {
    private final Set<String> errors = new LinkedHashSet<>();

    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/util/MessageSetImpl.html#%3Cinit%3E() (Jira 11.0.0)
    public MessageSetImpl() {
    }

    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/util/MessageSetImpl.html#addErrorMessage(java.lang.String) (Jira 11.0.0)
    public void addErrorMessage(String errorMessage) {
        errors.add(errorMessage);
    }

    @Override
    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/util/MessageSetImpl.html#hasAnyErrors() (Jira 11.0.0)
    public boolean hasAnyErrors() {
        return !errors.isEmpty();
    }

    @Override
    // https://docs.atlassian.com/software/jira/docs/api/11.0.0/com/atlassian/jira/util/MessageSetImpl.html#getErrorMessages() (Jira 11.0.0)
    public Set<String> getErrorMessages() {
        return Set.copyOf(errors);
    }
}

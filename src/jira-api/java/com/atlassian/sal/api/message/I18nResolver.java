// Mirrors the public javadoc of com.atlassian.sal.api.message.I18nResolver (sal-api, bundled with Jira 11):
// https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/message/I18nResolver.html
// Declares only the members Journey Maps calls; never packaged (Jira provides the real type).
package com.atlassian.sal.api.message;

import java.io.Serializable;

// https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/message/I18nResolver.html (Jira 11.0.0)
public interface I18nResolver {
    /** The text of a key in the current user's locale, or the key itself when it has none. */
    // https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/message/I18nResolver.html#getText(java.lang.String) (Jira 11.0.0)
    String getText(String key);

    /** The text of a key with its MessageFormat arguments filled in. */
    // https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/message/I18nResolver.html#getText(java.lang.String,java.io.Serializable...) (Jira 11.0.0)
    String getText(String key, Serializable... arguments);
}

// Mirrors the public javadoc of com.atlassian.sal.api.message.I18nResolver (sal-api, bundled with Jira 11):
// https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/message/I18nResolver.html
// Declares only the members Journey Maps calls; never packaged (Jira provides the real type).
package com.atlassian.sal.api.message;

import java.io.Serializable;

public interface I18nResolver {
    /** The text of a key in the current user's locale, or the key itself when it has none. */
    String getText(String key);

    /** The text of a key with its MessageFormat arguments filled in. */
    String getText(String key, Serializable... arguments);
}

// Mirrors the public javadoc of com.atlassian.sal.api.UrlMode (sal-api, bundled with Jira 11):
// https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/UrlMode.html
// Declares only the members Journey Maps calls; never packaged (Jira provides the real type).
package com.atlassian.sal.api;

/** Only the constant Journey Maps uses is declared. */
// https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/UrlMode.html (Jira 11.0.0)
public enum UrlMode {
    // https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/UrlMode.html#CANONICAL (Jira 11.0.0)
    CANONICAL
}

// Mirrors the public javadoc of com.atlassian.sal.api.ApplicationProperties (sal-api, bundled with Jira 11):
// https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/ApplicationProperties.html
// Declares only the members Journey Maps calls; never packaged (Jira provides the real type).
package com.atlassian.sal.api;

// https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/ApplicationProperties.html (Jira 11.0.0)
public interface ApplicationProperties {
    /** The base URL in the given mode; CANONICAL is the configured one, whatever the request. */
    // https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/ApplicationProperties.html#getBaseUrl(com.atlassian.sal.api.UrlMode) (Jira 11.0.0)
    String getBaseUrl(UrlMode urlMode);
}

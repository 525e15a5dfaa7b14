// Mirrors the public javadoc of com.atlassian.webresource.api.assembler.RequiredResources
// (atlassian-plugins-webresource-api, bundled with Jira 11): https://docs.atlassian.com/atlassian-plugins-webresource/latest/apidocs/com/atlassian/webresource/api/assembler/RequiredResources.html
// Declares only the members Journey Maps calls; never packaged (Jira provides the real type).
package com.atlassian.webresource.api.assembler;

// https://docs.atlassian.com/atlassian-plugins-webresource/latest/apidocs/com/atlassian/webresource/api/assembler/RequiredResources.html (Jira 11.0.0)
public interface RequiredResources {
    /** Requires a web-resource by its complete key, {@code pluginKey:moduleKey}. */
    // https://docs.atlassian.com/atlassian-plugins-webresource/latest/apidocs/com/atlassian/webresource/api/assembler/RequiredResources.html#requireWebResource(java.lang.String) (Jira 11.0.0)
    RequiredResources requireWebResource(String moduleCompleteKey);
}

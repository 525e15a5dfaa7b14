// Mirrors the public javadoc of com.atlassian.webresource.api.assembler.RequiredResources
// (atlassian-plugins-webresource-api, bundled with Jira 11): https://docs.atlassian.com/atlassian-plugins-webresource/latest/apidocs/com/atlassian/webresource/api/assembler/RequiredResources.html
// Declares only the members Journey Maps calls; never packaged (Jira provides the real type).
package com.atlassian.webresource.api.assembler;

public interface RequiredResources {
    /** Requires a web-resource by its complete key, {@code pluginKey:moduleKey}. */
    RequiredResources requireWebResource(String moduleCompleteKey);
}

// Mirrors the public javadoc of com.atlassian.plugin.web.ContextProvider (atlassian-plugins-webfragment-api, bundled with Jira 11):
// https://docs.atlassian.com/atlassian-plugins-webfragment-api/latest/com/atlassian/plugin/web/ContextProvider.html
// Declares only the members Journey Maps calls; never packaged (Jira provides the real type).
package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;

import java.util.Map;

// https://docs.atlassian.com/atlassian-plugins-webfragment-api/latest/com/atlassian/plugin/web/ContextProvider.html (Jira 11.0.0)
public interface ContextProvider {
    // https://docs.atlassian.com/atlassian-plugins-webfragment-api/latest/com/atlassian/plugin/web/ContextProvider.html#init(java.util.Map) (Jira 11.0.0)
    void init(Map<String, String> params) throws PluginParseException;

    /** The Velocity context of a web panel, from the context Jira gives it (the issue view puts the issue under "issue"). */
    // https://docs.atlassian.com/atlassian-plugins-webfragment-api/latest/com/atlassian/plugin/web/ContextProvider.html#getContextMap(java.util.Map) (Jira 11.0.0)
    Map<String, Object> getContextMap(Map<String, Object> context);
}

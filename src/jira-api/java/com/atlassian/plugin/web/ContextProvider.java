// Mirrors the public javadoc of com.atlassian.plugin.web.ContextProvider (atlassian-plugins-webfragment-api, bundled with Jira 11):
// https://docs.atlassian.com/atlassian-plugins-webfragment-api/latest/com/atlassian/plugin/web/ContextProvider.html
// Declares only the members Journey Maps calls; never packaged (Jira provides the real type).
package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;

import java.util.Map;

public interface ContextProvider {
    void init(Map<String, String> params) throws PluginParseException;

    /** The Velocity context of a web panel, from the context Jira gives it (the issue view puts the issue under "issue"). */
    Map<String, Object> getContextMap(Map<String, Object> context);
}

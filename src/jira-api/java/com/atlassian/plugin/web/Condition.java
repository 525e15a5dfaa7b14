// Mirrors the public javadoc of com.atlassian.plugin.web.Condition (atlassian-plugins-webfragment-api, as bundled in
// Jira 11): https://docs.atlassian.com/atlassian-plugins-webfragment/latest/com/atlassian/plugin/web/Condition.html
// Declares only the members Journey Maps calls; never packaged (Jira provides the real type).
package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;

import java.util.Map;

// https://docs.atlassian.com/atlassian-plugins-webfragment/latest/com/atlassian/plugin/web/Condition.html (Jira 11.0.0)
public interface Condition {
    // https://docs.atlassian.com/atlassian-plugins-webfragment/latest/com/atlassian/plugin/web/Condition.html#init(java.util.Map) (Jira 11.0.0)
    void init(Map<String, String> params) throws PluginParseException;

    // https://docs.atlassian.com/atlassian-plugins-webfragment/latest/com/atlassian/plugin/web/Condition.html#shouldDisplay(java.util.Map) (Jira 11.0.0)
    /** Whether the web fragment shows, for the context Jira passes (the issue view puts the issue under "issue"). */
    boolean shouldDisplay(Map<String, Object> context);
}

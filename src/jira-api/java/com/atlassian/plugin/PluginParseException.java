// Mirrors the public javadoc of com.atlassian.plugin.PluginParseException (atlassian-plugins-api, bundled with Jira 11):
// https://docs.atlassian.com/atlassian-plugins-api/latest/com/atlassian/plugin/PluginParseException.html
// Declares only the members Journey Maps calls; never packaged (Jira provides the real type).
package com.atlassian.plugin;

// https://docs.atlassian.com/atlassian-plugins-api/latest/com/atlassian/plugin/PluginParseException.html (Jira 11.0.0)
public class PluginParseException extends RuntimeException {
    // https://docs.atlassian.com/atlassian-plugins-api/latest/com/atlassian/plugin/PluginParseException.html#%3Cinit%3E(java.lang.String) (Jira 11.0.0)
    public PluginParseException(String message) {
        super(message);
    }
}

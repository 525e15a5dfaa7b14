// Mirrors the public javadoc of com.atlassian.plugin.PluginParseException (atlassian-plugins-api, bundled with Jira 11):
// https://docs.atlassian.com/atlassian-plugins-api/latest/com/atlassian/plugin/PluginParseException.html
// Declares only the members Journey Maps calls; never packaged (Jira provides the real type).
package com.atlassian.plugin;

public class PluginParseException extends RuntimeException {
    public PluginParseException(String message) {
        super(message);
    }
}

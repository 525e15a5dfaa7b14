// Mirrors the public javadoc of com.atlassian.webresource.api.assembler.WebResourceAssembler
// (atlassian-plugins-webresource-api, bundled with Jira 11): https://docs.atlassian.com/atlassian-plugins-webresource/latest/apidocs/com/atlassian/webresource/api/assembler/WebResourceAssembler.html
// Declares only the members Journey Maps calls; never packaged (Jira provides the real type).
package com.atlassian.webresource.api.assembler;

// https://docs.atlassian.com/atlassian-plugins-webresource/latest/apidocs/com/atlassian/webresource/api/assembler/WebResourceAssembler.html (Jira 11.0.0)
public interface WebResourceAssembler {
    // https://docs.atlassian.com/atlassian-plugins-webresource/latest/apidocs/com/atlassian/webresource/api/assembler/WebResourceAssembler.html#resources() (Jira 11.0.0)
    RequiredResources resources();
}

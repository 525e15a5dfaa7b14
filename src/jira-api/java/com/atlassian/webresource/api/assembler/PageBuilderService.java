// Mirrors the public javadoc of com.atlassian.webresource.api.assembler.PageBuilderService
// (atlassian-plugins-webresource-api, bundled with Jira 11): https://docs.atlassian.com/atlassian-plugins-webresource/latest/apidocs/com/atlassian/webresource/api/assembler/PageBuilderService.html
// Declares only the members Journey Maps calls; never packaged (Jira provides the real type).
package com.atlassian.webresource.api.assembler;

// https://docs.atlassian.com/atlassian-plugins-webresource/latest/apidocs/com/atlassian/webresource/api/assembler/PageBuilderService.html (Jira 11.0.0)
public interface PageBuilderService {
    /** The assembler for the page being rendered in the current request. */
    // https://docs.atlassian.com/atlassian-plugins-webresource/latest/apidocs/com/atlassian/webresource/api/assembler/PageBuilderService.html#assembler() (Jira 11.0.0)
    WebResourceAssembler assembler();
}

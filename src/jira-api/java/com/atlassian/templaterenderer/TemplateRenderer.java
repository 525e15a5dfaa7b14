// Mirrors the public javadoc of com.atlassian.templaterenderer.TemplateRenderer (atlassian-template-renderer-api,
// bundled with Jira 11): https://docs.atlassian.com/atlassian-template-renderer/latest/apidocs/com/atlassian/templaterenderer/TemplateRenderer.html
// Declares only the members Journey Maps calls; never packaged (Jira provides the real type).
// The real method also declares the unchecked com.atlassian.templaterenderer.RenderingException.
package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

// https://docs.atlassian.com/atlassian-template-renderer/latest/apidocs/com/atlassian/templaterenderer/TemplateRenderer.html (Jira 11.0.0)
public interface TemplateRenderer {
    // https://docs.atlassian.com/atlassian-template-renderer/latest/apidocs/com/atlassian/templaterenderer/TemplateRenderer.html#render(java.lang.String,java.util.Map,java.io.Writer) (Jira 11.0.0)
    void render(String templateName, Map<String, Object> context, Writer writer) throws IOException;
}

package dev.journeymaps.jira;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.templaterenderer.TemplateRenderer;
import dev.journeymaps.web.ViewRenderer;
import jakarta.inject.Inject;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/** Renders our Velocity templates with Jira's template renderer (which loads them from this plugin's jar). */
@Component
public class JiraViewRenderer implements ViewRenderer {
    private final TemplateRenderer templateRenderer;

    @Inject
    public JiraViewRenderer(@ComponentImport TemplateRenderer templateRenderer) {
        this.templateRenderer = templateRenderer;
    }

    @Override
    public String render(String templatePath, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        try {
            templateRenderer.render(templatePath, context, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render " + templatePath, e);
        }
        return out.toString();
    }
}

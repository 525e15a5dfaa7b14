package dev.journeymaps.web;

import java.util.Map;

/**
 * Port: renders a Velocity template from the classpath into HTML. In Jira, Atlassian's TemplateRenderer;
 * standalone, {@code VelocityViewRenderer}. Both HTML-escape every reference except those whose name ends
 * in {@code Html}, so templates are written once and user text is escaped exactly once.
 */
public interface ViewRenderer {
    String render(String templatePath, Map<String, Object> context);
}

package dev.journeymaps.jira;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.journeymaps.web.PageResources;
import jakarta.inject.Inject;
import org.springframework.stereotype.Component;
import jakarta.servlet.http.HttpServletRequest;

/**
 * In Jira our CSS and JS (and AUI) arrive through the web-resource system: requiring the plugin's
 * web-resource lets Jira's page decorator write the tags, so our own head adds nothing.
 */
@Component
public class JiraPageResources implements PageResources {
    /** The complete key of the web-resource module in atlassian-plugin.xml. */
    public static final String WEB_RESOURCE = "dev.journeymaps.journey-maps:journey-maps-resources";

    private final PageBuilderService pageBuilderService;

    @Inject
    public JiraPageResources(@ComponentImport PageBuilderService pageBuilderService) {
        this.pageBuilderService = pageBuilderService;
    }

    @Override
    public String headHtml(HttpServletRequest request) {
        pageBuilderService.assembler().resources().requireWebResource(WEB_RESOURCE);
        return "";
    }
}

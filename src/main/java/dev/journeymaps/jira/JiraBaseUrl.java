package dev.journeymaps.jira;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import dev.journeymaps.app.BaseUrl;
import jakarta.inject.Inject;
import org.springframework.stereotype.Component;

/** Jira's configured base URL (SAL, canonical: the same on every node and for every request). */
@Component("jiraBaseUrl") // referenced by name from META-INF/spring/plugin-context.xml
public class JiraBaseUrl implements BaseUrl {
    private final ApplicationProperties applicationProperties;

    @Inject
    public JiraBaseUrl(@ComponentImport ApplicationProperties applicationProperties) {
        this.applicationProperties = applicationProperties;
    }

    @Override
    public String canonical() {
        String url = applicationProperties.getBaseUrl(UrlMode.CANONICAL);
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}

package dev.journeymaps.plugin;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import org.springframework.stereotype.Component;

/**
 * Imports Jira's Active Objects service into the plugin's Spring context under the bean name
 * {@code activeObjects}, so the plain {@code <bean>} definitions in META-INF/spring/plugin-context.xml
 * can wire the store without putting Spring Scanner annotations on store or app classes.
 */
@Component
public class HostServiceImports {
    @Inject
    public HostServiceImports(@ComponentImport("activeObjects") ActiveObjects activeObjects) {
        // Nothing to keep: declaring the import is the point.
    }
}

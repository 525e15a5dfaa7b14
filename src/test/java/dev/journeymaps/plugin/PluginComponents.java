package dev.journeymaps.plugin;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.ScannedGenericBeanDefinition;

import java.beans.Introspector;
import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What Spring Scanner's index would list for our production classes: the components (Spring's {@code @Component}
 * and its stereotypes, as Atlassian's Jira 11 plugins mark them) and the host services they import with
 * {@code @ComponentImport} (bean name: the annotation's value, else the interface's simple name, decapitalised).
 */
final class PluginComponents {
    private static final String ROOT = "dev.journeymaps";

    private PluginComponents() {
    }

    static List<ScannedGenericBeanDefinition> componentDefinitions() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true);
        return scanner.findCandidateComponents(ROOT).stream()
                .map(ScannedGenericBeanDefinition.class::cast)
                .filter(definition -> !isTestClass(definition))
                .toList();
    }

    static List<Class<?>> components() {
        return componentDefinitions().stream().map(PluginComponents::load).<Class<?>>map(type -> type).toList();
    }

    /** Imported host services by bean name. */
    static Map<String, Class<?>> imports() {
        Map<String, Class<?>> imports = new TreeMap<>();
        for (Class<?> component : components()) {
            for (Constructor<?> constructor : component.getDeclaredConstructors()) {
                for (Parameter parameter : constructor.getParameters()) {
                    ComponentImport annotation = parameter.getAnnotation(ComponentImport.class);
                    if (annotation != null) {
                        String name = annotation.value().isEmpty()
                                ? Introspector.decapitalize(parameter.getType().getSimpleName()) : annotation.value();
                        imports.put(name, parameter.getType());
                    }
                }
            }
        }
        return imports;
    }

    private static boolean isTestClass(BeanDefinition definition) {
        // Test sources live in the same packages; only production classes go into the plugin's index.
        return load(definition).getProtectionDomain().getCodeSource().getLocation().getPath().contains("test-classes");
    }

    private static Class<?> load(BeanDefinition definition) {
        try {
            return Class.forName(definition.getBeanClassName(), false, PluginComponents.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}

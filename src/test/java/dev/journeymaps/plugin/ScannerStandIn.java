package dev.journeymaps.plugin;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.beans.factory.xml.BeanDefinitionParser;
import org.springframework.beans.factory.xml.NamespaceHandlerSupport;
import org.springframework.beans.factory.xml.ParserContext;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.AnnotationConfigUtils;
import org.springframework.context.annotation.ScannedGenericBeanDefinition;
import org.mockito.Mockito;
import org.w3c.dom.Element;

/**
 * Stands in for Spring Scanner 6's {@code <atlassian-scanner:scan-indexes/>} (META-INF/spring.handlers of the test
 * classpath points here). In Jira that element reads the index the scanner's Maven plugin wrote at build time: every
 * class marked {@code @Component}, and every {@code @ComponentImport}, which becomes a bean backed by the OSGi
 * service of that interface. Here the same two lists come from {@link PluginComponents} (the classes themselves), and
 * each import is a Mockito mock, the only stand-ins in the container. Like the real element it also registers Spring's
 * annotation processors, so {@code @Inject} constructors are honoured.
 */
public class ScannerStandIn extends NamespaceHandlerSupport {
    @Override
    public void init() {
        registerBeanDefinitionParser("scan-indexes", new ScanIndexes());
    }

    private static final class ScanIndexes implements BeanDefinitionParser {
        @Override
        public BeanDefinition parse(Element element, ParserContext parserContext) {
            BeanDefinitionRegistry registry = parserContext.getRegistry();
            AnnotationConfigUtils.registerAnnotationConfigProcessors(registry);
            AnnotationBeanNameGenerator names = AnnotationBeanNameGenerator.INSTANCE;
            for (ScannedGenericBeanDefinition component : PluginComponents.componentDefinitions()) {
                registry.registerBeanDefinition(names.generateBeanName(component, registry), component);
            }
            PluginComponents.imports().forEach((name, type) -> {
                if (!registry.containsBeanDefinition(name)) {
                    registry.registerBeanDefinition(name, hostService(type));
                }
            });
            return null;
        }

        private static <T> RootBeanDefinition hostService(Class<T> type) {
            RootBeanDefinition definition = new RootBeanDefinition(type);
            definition.setInstanceSupplier(() -> Mockito.mock(type));
            return definition;
        }
    }
}

package dev.journeymaps.plugin;

import com.atlassian.annotations.security.LicensedOnly;
import dev.journeymaps.jira.JiraPageResources;
import dev.journeymaps.web.page.MapPagesServlet;
import dev.journeymaps.web.rest.ResourceTour;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards the plugin descriptor (atlassian-plugin.xml at the repository root) against what Jira would
 * only report at install time: a class that does not exist, a resource that is not in the jar, an
 * i18n key missing from the bundle, a Velocity allowlist entry naming no real method (calls are checked against
 * the allowlist class by class in VelocityAllowlistTest).
 */
class AtlassianPluginDescriptorTest {
    private static final Path SOURCE_DESCRIPTOR = Path.of("atlassian-plugin.xml");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path JAVA_SOURCES = Path.of("src/main/java");
    /** $i18n.getText("key"), $!i18n.getText('key'), ${i18n.getText("key")} in templates; getText("key") in Java. */
    private static final Pattern GET_TEXT = Pattern.compile("getText\\(\\s*[\"'](journeymaps\\.[\\w.-]*[\\w-])[\"']\\s*[,)]");
    private static final Pattern TEMPLATE_PATH = Pattern.compile("\"(templates/[^\"]+\\.vm)\"");
    private static final Pattern ALLOWED_METHOD = Pattern.compile("([\\w.$]+)#(\\w+)\\(([^)]*)\\)");

    private static Document descriptor;

    @BeforeAll
    static void readDescriptor() throws Exception {
        try (InputStream in = Files.newInputStream(SOURCE_DESCRIPTOR)) {
            descriptor = PluginDescriptors.parse(in);
        }
    }

    @Test
    void everyClassTheDescriptorNamesExists() {
        Set<String> names = PluginDescriptors.classNames(descriptor);

        assertThat(names).contains("dev.journeymaps.web.page.MapPagesServlet", "dev.journeymaps.store.board.MapEntity");
        assertThat(names).allSatisfy(name -> assertThat(loadable(name)).as("class %s", name).isTrue());
    }

    @Test
    void theRestModuleScansAPackageOfOurs() {
        List<Element> packages = PluginDescriptors.elements(descriptor, "package");

        assertThat(packages).extracting(Element::getTextContent).containsExactly("dev.journeymaps.web.rest");
        assertThat(getClass().getClassLoader().getResource("dev/journeymaps/web/rest"))
                .as("compiled REST resources in dev.journeymaps.web.rest").isNotNull();
    }

    @Test
    void everyResourceTheDescriptorNamesIsBuilt() {
        Set<String> paths = PluginDescriptors.resourcePaths(descriptor);

        assertThat(paths).contains(PluginDescriptors.I18N_BUNDLE, "css/journey-maps.css", "js/journey-maps.js");
        assertThat(paths).allSatisfy(path -> assertThat(resource(path)).as("resource %s", path).isNotNull());
    }

    @Test
    void everyTemplateTheCodeNamesExists() throws IOException {
        Set<String> templates = matches(javaSources(), TEMPLATE_PATH);

        assertThat(templates).allSatisfy(path -> assertThat(resource(path)).as("template %s", path).isNotNull());
        assertThat(resource("templates/map-list.vm")).as("templates/map-list.vm").isNotNull();
        assertThat(resource("templates/map-view.vm")).as("templates/map-view.vm").isNotNull();
    }

    @Test
    void everyI18nKeyUsedIsInTheBundle() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = resource(PluginDescriptors.I18N_BUNDLE).openStream();
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            bundle.load(reader);
        }
        Set<String> used = new TreeSet<>(PluginDescriptors.i18nKeys(descriptor));
        used.addAll(matches(templates(), GET_TEXT));
        used.addAll(matches(javaSources(), GET_TEXT));

        assertThat(used).contains("journeymaps.sidebar.label");
        assertThat(used).as("i18n keys used but missing from %s", PluginDescriptors.I18N_BUNDLE)
                .isSubsetOf(bundle.stringPropertyNames());
    }

    @Test
    void theWebResourceTheJiraAdapterRequiresIsDeclared() throws Exception {
        Document built;
        try (InputStream in = resource("atlassian-plugin.xml").openStream()) {
            built = PluginDescriptors.parse(in);
        }
        String pluginKey = built.getDocumentElement().getAttribute("key");
        Set<String> webResources = new LinkedHashSet<>();
        PluginDescriptors.elements(built, "web-resource").forEach(module -> webResources.add(pluginKey + ":" + module.getAttribute("key")));

        assertThat(pluginKey).as("the build fills in the plugin key").isEqualTo(PluginDescriptors.PLUGIN_KEY);
        assertThat(webResources).contains(JiraPageResources.WEB_RESOURCE);
    }

    @Test
    void thePluginIsMarkedDataCenterCompatible() {
        List<String> params = PluginDescriptors.elements(descriptor, "param").stream()
                .map(param -> param.getAttribute("name") + "=" + param.getTextContent().trim()).toList();

        assertThat(params).contains("atlassian-data-center-status=compatible", "atlassian-data-center-compatible=true");
    }

    /** Atlassian's DC security requirements: every REST resource and servlet says who may reach it. */
    @Test
    void everyRestResourceAndTheServletAreForLicensedUsers() throws Exception {
        assertThat(ResourceTour.resourceClasses()).hasSizeGreaterThan(20).allSatisfy(resource ->
                assertThat(resource.isAnnotationPresent(LicensedOnly.class)).as("%s is @LicensedOnly", resource.getSimpleName()).isTrue());
        assertThat(MapPagesServlet.class.isAnnotationPresent(LicensedOnly.class)).as("MapPagesServlet is @LicensedOnly").isTrue();
    }

    @Test
    void restIsOnVersionTwo() {
        assertThat(PluginDescriptors.elements(descriptor, "rest-migration"))
                .singleElement()
                .satisfies(migration -> assertThat(migration.getElementsByTagName("rest-v2").getLength()).isEqualTo(1));
    }

    @Test
    void everyVelocityAllowlistEntryNamesAPublicMethodOfOurs() {
        for (Element entry : PluginDescriptors.elements(descriptor, "method")) {
            String text = entry.getTextContent().trim();
            Matcher m = ALLOWED_METHOD.matcher(text);
            assertThat(m.matches()).as("allowlist entry %s has the form Class#method(param.Types)", text).isTrue();
            assertThat(m.group(1)).as("plugins may only allowlist their own classes").startsWith("dev.journeymaps.");
            assertThat(publicMethod(m.group(1), m.group(2), m.group(3))).as("method %s", text).isTrue();
        }
    }

    @Test
    void everyBeanClassInTheSpringContextExists() throws Exception {
        Document context;
        try (InputStream in = resource("META-INF/spring/plugin-context.xml").openStream()) {
            context = PluginDescriptors.parse(in);
        }
        Set<String> classes = PluginDescriptors.beanClasses(context);

        assertThat(classes).contains("dev.journeymaps.app.board.MapCatalog", "dev.journeymaps.store.board.AoMapRepository");
        assertThat(classes).allSatisfy(name -> assertThat(loadable(name)).as("class %s", name).isTrue());
    }

    private static boolean loadable(String name) {
        try {
            Class.forName(name, false, AtlassianPluginDescriptorTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static boolean publicMethod(String className, String name, String parameters) {
        try {
            ClassLoader loader = AtlassianPluginDescriptorTest.class.getClassLoader();
            List<Class<?>> types = new ArrayList<>();
            for (String type : parameters.split(",")) {
                if (!type.isBlank()) {
                    types.add(type(type.trim(), loader));
                }
            }
            Class.forName(className, false, loader).getMethod(name, types.toArray(Class<?>[]::new));
            return true;
        } catch (ReflectiveOperationException | LinkageError e) {
            return false;
        }
    }

    private static Class<?> type(String name, ClassLoader loader) throws ClassNotFoundException {
        return switch (name) {
            case "boolean" -> boolean.class;
            case "int" -> int.class;
            case "long" -> long.class;
            case "double" -> double.class;
            default -> Class.forName(name, false, loader);
        };
    }

    private static URL resource(String path) {
        return AtlassianPluginDescriptorTest.class.getClassLoader().getResource(path);
    }

    private static List<Path> templates() throws IOException {
        return files(TEMPLATES, ".vm");
    }

    private static List<Path> javaSources() throws IOException {
        return files(JAVA_SOURCES, ".java");
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(path -> path.toString().endsWith(suffix)).toList();
        }
    }

    private static Set<String> matches(List<Path> files, Pattern pattern) throws IOException {
        Set<String> found = new TreeSet<>();
        for (Path file : files) {
            Matcher m = pattern.matcher(Files.readString(file));
            while (m.find()) {
                found.add(m.group(1));
            }
        }
        return found;
    }
}

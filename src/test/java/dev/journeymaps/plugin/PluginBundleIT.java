package dev.journeymaps.plugin;

import aQute.bnd.header.Parameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Checks the built Jira plugin (target/journey-maps-plugin.jar) the way Jira's OSGi
 * container will see it: headers, package imports Jira can satisfy, and only the plugin's own content.
 */
class PluginBundleIT {
    /** Packages only the standalone host has: importing any of them would leave the bundle unresolved in Jira. */
    private static final List<String> STANDALONE_ONLY_PACKAGES = List.of(
            "org.apache.catalina", "org.apache.tomcat", "org.glassfish.jersey", "org.h2", "org.postgresql",
            "com.zaxxer", "picocli", "org.apache.velocity", "dev.journeymaps.standalone");

    private static Path jarPath;
    private static Attributes manifest;
    private static List<String> entries;

    @BeforeAll
    static void openBundle() throws IOException {
        String configured = System.getProperty("plugin.jar");
        assertThat(configured).as("system property plugin.jar (set by failsafe in pom.xml)").isNotBlank();
        jarPath = Path.of(configured);
        assertThat(jarPath).as("the plugin bundle built by maven-bundle-plugin").isRegularFile();
        try (JarFile jar = new JarFile(jarPath.toFile())) {
            manifest = jar.getManifest().getMainAttributes();
            entries = jar.stream().map(JarEntry::getName).toList();
        }
    }

    @Test
    void identifiesItselfAsTheJourneyMapsPluginWithASpringContext() {
        assertThat(manifest.getValue("Atlassian-Plugin-Key")).isEqualTo(PluginDescriptors.PLUGIN_KEY);
        assertThat(manifest.getValue("Bundle-SymbolicName")).isEqualTo(PluginDescriptors.PLUGIN_KEY);
        assertThat(manifest.getValue("Spring-Context")).isEqualTo("*");
    }

    @Test
    void importsAtlassianAndActiveObjectsPackagesAtAnyVersion() {
        Parameters imports = importPackage();

        assertThat(imports.keySet()).anyMatch(name -> name.startsWith("com.atlassian."));
        imports.forEach((name, attrs) -> {
            if (name.startsWith("com.atlassian.") || name.startsWith("net.java.ao")) {
                assertThat(attrs.getVersion()).as("version of %s", name).isEqualTo("0");
            }
        });
    }

    @Test
    void importsNothingOnlyTheStandaloneHostHas() {
        Parameters imports = importPackage();

        assertThat(imports.keySet()).noneMatch(name -> STANDALONE_ONLY_PACKAGES.stream()
                .anyMatch(excluded -> name.equals(excluded) || name.startsWith(excluded + ".")));
    }

    @Test
    void requiresNoCapabilityJirasContainerDoesNotOffer() {
        assertThat(manifest.getValue("Require-Capability")).as("Require-Capability").isNull();
        assertThat(manifest.getValue("Export-Package")).as("Export-Package").isNull();
    }

    @Test
    void carriesNoAtlassianClasses() {
        assertThat(entries).noneMatch(name -> name.startsWith("com/atlassian/"));
    }

    @Test
    void theStandaloneJarIsNoJiraPlugin() throws IOException {
        Path mainJar = Path.of(System.getProperty("main.jar", ""));
        assertThat(mainJar).as("the main (standalone) jar").isRegularFile();
        try (JarFile jar = new JarFile(mainJar.toFile())) {
            List<String> names = jar.stream().map(JarEntry::getName).toList();
            assertThat(names).noneMatch(name -> name.startsWith("com/atlassian/"));
            assertThat(names).doesNotContain("atlassian-plugin.xml");
        }
    }

    @Test
    void carriesNoStandaloneHostCode() {
        assertThat(entries).noneMatch(name -> name.startsWith("dev/journeymaps/standalone/")
                || name.startsWith("dev/journeymaps/store/embedded/")
                || name.startsWith("dev/journeymaps/jirarest/")
                || name.startsWith("standalone-static/"));
    }

    @Test
    void hasTheFilledInDescriptorAtItsRoot() throws Exception {
        try (JarFile jar = new JarFile(jarPath.toFile())) {
            JarEntry entry = jar.getJarEntry("atlassian-plugin.xml");
            assertThat(entry).as("atlassian-plugin.xml at the jar root").isNotNull();
            Document descriptor;
            try (InputStream in = jar.getInputStream(entry)) {
                descriptor = PluginDescriptors.parse(in);
            }
            assertThat(descriptor.getDocumentElement().getAttribute("key")).isEqualTo(PluginDescriptors.PLUGIN_KEY);
            assertThat(PluginDescriptors.classNames(descriptor)).allSatisfy(name ->
                    assertThat(entries).as("class %s in the bundle", name).contains(name.replace('.', '/') + ".class"));
            assertThat(PluginDescriptors.resourcePaths(descriptor)).allSatisfy(path ->
                    assertThat(entries).as("resource %s in the bundle", path).contains(path));
        }
    }

    @Test
    void hasTheSpringContextAndTheTemplates() {
        assertThat(entries).contains("META-INF/spring/plugin-context.xml",
                "templates/map-list.vm", "templates/map-view.vm", PluginDescriptors.I18N_BUNDLE);
    }

    /** Only the atlassian profile runs Spring Scanner's indexer; without its index Jira would create none of our components. */
    @Test
    void carriesSpringScannersIndexWhenBuiltWithTheAtlassianProfile() throws IOException {
        assumeTrue(Boolean.getBoolean("plugin.scanner.index"), "built without the atlassian profile");
        try (JarFile jar = new JarFile(jarPath.toFile())) {
            JarEntry index = jar.getJarEntry("META-INF/plugin-components/component");
            assertThat(index).as("META-INF/plugin-components/component").isNotNull();
            String components = new String(jar.getInputStream(index).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(components).contains("dev.journeymaps.jira.JiraAccessPolicy", "dev.journeymaps.jira.JiraRequestActor",
                    "dev.journeymaps.jira.JiraViewRenderer", "dev.journeymaps.jira.JiraPageResources",
                    "dev.journeymaps.plugin.HostServiceImports");
        }
    }

    private static Parameters importPackage() {
        String header = manifest.getValue("Import-Package");
        assertThat(header).as("Import-Package").isNotBlank();
        return new Parameters(header);
    }
}

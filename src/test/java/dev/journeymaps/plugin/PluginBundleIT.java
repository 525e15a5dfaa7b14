package dev.journeymaps.plugin;

import aQute.bnd.header.Parameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

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

    /** The standalone jar's manifest must not leak in: Jira would see a runnable jar with a classpath it cannot honour. */
    /** Commons CSV, Batik and PDFBox (exports) are inside the bundle, on its Bundle-ClassPath, since Jira exports neither. */
    @Test
    void embedsTheExportLibraries() {
        String classPath = manifest.getValue("Bundle-ClassPath");
        assertThat(classPath).contains("commons-csv-", "batik-transcoder-", "batik-codec-", "xmlgraphics-commons-", "pdfbox-3",
                "pdfbox-io-", "fontbox-");
        assertThat(entries).contains("commons-csv-1.14.1.jar").anyMatch(name -> name.startsWith("batik-transcoder-"));
        assertThat(importPackage().keySet()).noneMatch(name -> name.startsWith("org.apache.batik") || name.startsWith("org.apache.commons")
                || name.startsWith("org.apache.pdfbox") || name.startsWith("org.apache.fontbox"));
    }

    @Test
    void hasNoMainClassOrClassPath() {
        assertThat(manifest.getValue("Main-Class")).as("Main-Class").isNull();
        assertThat(manifest.getValue("Class-Path")).as("Class-Path").isNull();
    }

    /**
     * Every import but the optional ones is a package Jira 11 exports to plugins: its APIs, Jakarta EE, Spring, Jackson 2,
     * SLF4J, Active Objects, and the JDK's. Optional imports are the embedded libraries' unused back-ends.
     */
    @Test
    void importsOnlyPackagesJiraElevenExports() {
        List<String> exported = List.of("com.atlassian.", "net.java.ao", "jakarta.servlet", "jakarta.ws.rs", "jakarta.inject",
                "org.springframework.", "com.fasterxml.jackson.", "org.slf4j",
                // the JDK's own packages, which the OSGi system bundle exports (the embedded Batik and Commons CSV use them)
                "javax.crypto", "javax.imageio", "javax.swing", "javax.xml.", "org.w3c.dom", "org.xml.sax");
        Parameters imports = importPackage();
        List<String> required = imports.keySet().stream()
                .filter(name -> !"optional".equals(imports.get(name).get("resolution:"))).toList();

        assertThat(required).isNotEmpty().allSatisfy(name -> assertThat(exported)
                .as("Import-Package %s is not one Jira 11 exports", name).anyMatch(name::startsWith));
        assertThat(importPackage().keySet()).contains("org.springframework.stereotype", "jakarta.ws.rs.ext");
    }

    /** The modules issue 13 specifies, as built into the bundle. */
    @Test
    void theDescriptorDeclaresTheSpecifiedModules() throws Exception {
        Document descriptor = builtDescriptor();
        Element link = module(descriptor, "web-item", "journey-maps-project-link");
        assertThat(link.getAttribute("section")).as("the apps' group of the project sidebar")
                .isEqualTo("jira.project.sidebar.plugins.navigation");

        Element panel = module(descriptor, "web-panel", "journey-maps-issue-panel");
        assertThat(PluginDescriptors.elements(descriptor, "condition")).extracting(c -> c.getAttribute("class"))
                .contains("dev.journeymaps.jira.IssuePanelCondition");
        assertThat(panel.getElementsByTagName("condition").getLength()).as("the panel's condition").isEqualTo(1);

        assertThat(PluginDescriptors.elements(descriptor, "fname")).extracting(f -> f.getTextContent().trim())
                .containsExactlyInAnyOrder("journeyIssues", "painPointIssues", "opportunityIssues");
        assertThat(PluginDescriptors.elements(descriptor, "jql-function")).allSatisfy(function ->
                assertThat(function.getElementsByTagName("list").item(0).getTextContent().trim()).isEqualTo("true"));

        Element dashboardItem = module(descriptor, "dashboard-item", "journey-maps-pain-coverage");
        assertThat(dashboardItem.getElementsByTagName("context-provider").getLength()).isEqualTo(1);
        assertThat(dashboardItem.getElementsByTagName("resource").getLength()).as("server-rendered view").isEqualTo(1);

        assertThat(PluginDescriptors.elements(descriptor, "context")).extracting(c -> c.getTextContent().trim())
                .contains("journey-maps", "jira.view.issue");
        assertThat(PluginDescriptors.elements(descriptor, "param")).extracting(p -> p.getAttribute("name") + "=" + p.getTextContent().trim())
                .contains("atlassian-data-center-status=compatible", "atlassian-data-center-compatible=true");
    }

    private static Document builtDescriptor() throws Exception {
        try (JarFile jar = new JarFile(jarPath.toFile()); InputStream in = jar.getInputStream(jar.getJarEntry("atlassian-plugin.xml"))) {
            return PluginDescriptors.parse(in);
        }
    }

    private static Element module(Document descriptor, String type, String key) {
        return PluginDescriptors.elements(descriptor, type).stream().filter(e -> key.equals(e.getAttribute("key"))).findFirst()
                .orElseThrow(() -> new AssertionError("no <" + type + " key=\"" + key + "\"> in the built descriptor"));
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
            assertThat(PluginComponents.components()).hasSizeGreaterThan(5).allSatisfy(component ->
                    assertThat(components).as("Spring Scanner's index").contains(component.getName()));
        }
    }

    private static Parameters importPackage() {
        String header = manifest.getValue("Import-Package");
        assertThat(header).as("Import-Package").isNotBlank();
        return new Parameters(header);
    }
}

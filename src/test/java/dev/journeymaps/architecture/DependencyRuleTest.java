package dev.journeymaps.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The dependency rule of ARCHITECTURE.md: the core is plain Java, each adapter talks to the others
 * only through ports, and each host's libraries stay in that host's packages. Production classes only
 * (the Jira API declarations in src/jira-api are outside dev.journeymaps and so never imported here).
 */
@AnalyzeClasses(packages = "dev.journeymaps", importOptions = ImportOption.DoNotIncludeTests.class)
class DependencyRuleTest {
    private static final String DOMAIN = "dev.journeymaps.domain..";
    private static final String APP = "dev.journeymaps.app..";
    private static final String STORE = "dev.journeymaps.store..";
    private static final String WEB = "dev.journeymaps.web..";
    private static final String JIRA = "dev.journeymaps.jira..";
    private static final String JIRAREST = "dev.journeymaps.jirarest..";
    private static final String STANDALONE = "dev.journeymaps.standalone..";
    private static final String PLUGIN = "dev.journeymaps.plugin..";

    private static final String[] STANDALONE_ONLY_LIBRARIES = {
            "org.apache.catalina..", "org.apache.tomcat..", "org.glassfish.jersey..", "org.h2..",
            "org.postgresql..", "com.zaxxer..", "picocli..", "org.apache.velocity.."};

    @ArchTest
    static final ArchRule domainIsPlainJava = classes().that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN);

    @ArchTest
    static final ArchRule appUsesOnlyTheDomain = classes().that().resideInAPackage(APP)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN, APP);

    /**
     * Except Atlassian's access annotations ({@code com.atlassian.annotations.security}): the DC security requirements
     * want them on the REST resources and servlets, which live in web; standalone the JVM ignores them (absent type).
     */
    @ArchTest
    static final ArchRule onlyJiraAdaptersAndPluginWiringUseAtlassianApis = noClasses()
            .that().resideOutsideOfPackages("..jira..", PLUGIN)
            .should().dependOnClassesThat(DescribedPredicate.describe("are Atlassian APIs other than the access annotations",
                    javaClass -> javaClass.getPackageName().startsWith("com.atlassian.")
                            && !javaClass.getPackageName().equals("com.atlassian.annotations.security")));

    /** Spring is the plugin container's: only the Jira adapter and the plugin wiring may name it. */
    @ArchTest
    static final ArchRule onlyJiraAdaptersAndPluginWiringUseSpring = noClasses()
            .that().resideOutsideOfPackages(JIRA, PLUGIN)
            .should().dependOnClassesThat().resideInAPackage("org.springframework..");

    @ArchTest
    static final ArchRule onlyTheStoreUsesActiveObjects = noClasses()
            .that().resideOutsideOfPackage(STORE)
            .should().dependOnClassesThat().resideInAPackage("net.java.ao..");

    @ArchTest
    static final ArchRule onlyTheStandaloneHostUsesItsServerLibraries = noClasses()
            .that().resideOutsideOfPackages(STANDALONE, "dev.journeymaps.store.embedded..")
            .should().dependOnClassesThat().resideInAnyPackage(STANDALONE_ONLY_LIBRARIES);

    @ArchTest
    static final ArchRule storeKnowsNoOtherAdapter = noClasses().that().resideInAPackage(STORE)
            .should().dependOnClassesThat().resideInAnyPackage(WEB, JIRA, JIRAREST, STANDALONE, PLUGIN)
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule webKnowsNoOtherAdapter = noClasses().that().resideInAPackage(WEB)
            .should().dependOnClassesThat().resideInAnyPackage(STORE, JIRA, JIRAREST, STANDALONE, PLUGIN)
            .allowEmptyShould(true);

    /** The Jira adapter implements the web ports (who is asking, how to render), nothing else of web. */
    @ArchTest
    static final ArchRule jiraAdapterUsesOnlyTheWebPorts = noClasses().that().resideInAPackage(JIRA)
            .should().dependOnClassesThat(
                    DescribedPredicate.describe("are in an adapter other than the web ports",
                            javaClass -> {
                                String pkg = javaClass.getPackageName();
                                boolean web = pkg.startsWith("dev.journeymaps.web.");
                                return web || in(pkg, "dev.journeymaps.store", "dev.journeymaps.jirarest",
                                        "dev.journeymaps.standalone", "dev.journeymaps.plugin");
                            }))
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule jiraRestClientKnowsNoOtherAdapter = noClasses().that().resideInAPackage(JIRAREST)
            .should().dependOnClassesThat().resideInAnyPackage(STORE, WEB, JIRA, STANDALONE, PLUGIN)
            .allowEmptyShould(true);

    /** Composition roots: the standalone host and the plugin wiring. Nobody else may reach into them. */
    @ArchTest
    static final ArchRule nothingDependsOnTheStandaloneHost = noClasses().that().resideOutsideOfPackage(STANDALONE)
            .should().dependOnClassesThat().resideInAPackage(STANDALONE);

    @ArchTest
    static final ArchRule nothingButTheStandaloneHostDependsOnThePluginWiring = noClasses()
            .that().resideOutsideOfPackages(PLUGIN, STANDALONE)
            .should().dependOnClassesThat().resideInAPackage(PLUGIN);

    private static boolean in(String pkg, String... roots) {
        for (String root : roots) {
            if (pkg.equals(root) || pkg.startsWith(root + ".")) {
                return true;
            }
        }
        return false;
    }
}

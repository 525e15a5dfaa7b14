package dev.journeymaps.jirarest;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** The REST adapter reaches Jira with the JDK and Jackson only, and the core only through its ports. */
class JiraRestDependencyTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.journeymaps");

    @Test
    void jiraRestAdapterDependsOnlyOnCoreJacksonSlf4jAndTheJdk() {
        classes().that().resideInAPackage("dev.journeymaps.jirarest..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..", "dev.journeymaps.jirarest..", "dev.journeymaps.app..", "dev.journeymaps.domain..",
                        "com.fasterxml.jackson..", "org.slf4j..")
                .check(MAIN);
    }

    @Test
    void theIssueTrackerPortAndItsRecordsStayFreeOfAdaptersAndLibraries() {
        classes().that().resideInAnyPackage("dev.journeymaps.app..", "dev.journeymaps.domain..")
                .and().haveSimpleNameStartingWith("Issue")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..", "dev.journeymaps.app..", "dev.journeymaps.domain..")
                .check(MAIN);
    }
}

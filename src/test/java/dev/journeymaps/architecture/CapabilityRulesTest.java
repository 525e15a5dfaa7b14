package dev.journeymaps.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layout rules hold for the product, and each of them fails on {@code architecture.broken}, a small tree of test
 * classes that breaks exactly that rule — so a rule that silently matches nothing cannot pass here.
 */
class CapabilityRulesTest {
    private static final String PRODUCT = "dev.journeymaps";
    private static final String BROKEN = "dev.journeymaps.architecture.broken";
    private static final JavaClasses PRODUCT_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(PRODUCT);
    private static final JavaClasses BROKEN_CLASSES = new ClassFileImporter().importPackages(BROKEN);

    @Test
    void capabilitiesFormNoCycleInsideALayer() {
        holdsForTheProductAndFailsOnTheBrokenTree(CapabilityRules.capabilitiesFormNoCycleInsideALayer(PRODUCT),
                CapabilityRules.capabilitiesFormNoCycleInsideALayer(BROKEN), "Cycle detected");
    }

    @Test
    void boardDependsOnNoOtherCapability() {
        holdsForTheProductAndFailsOnTheBrokenTree(CapabilityRules.boardDependsOnNoOtherCapability(PRODUCT),
                CapabilityRules.boardDependsOnNoOtherCapability(BROKEN), "broken.app.board.Board");
    }

    @Test
    void nothingDependsOnExchange() {
        holdsForTheProductAndFailsOnTheBrokenTree(CapabilityRules.nothingDependsOnExchange(PRODUCT),
                CapabilityRules.nothingDependsOnExchange(BROKEN), "broken.app.history.Snapshots");
    }

    @Test
    void entitiesNeverLeaveTheStore() {
        holdsForTheProductAndFailsOnTheBrokenTree(CapabilityRules.entitiesNeverLeaveTheStore(PRODUCT),
                CapabilityRules.entitiesNeverLeaveTheStore(BROKEN), "broken.web.rest.board.LeakyResource");
    }

    @Test
    void everyCapabilityHasAPackageInEveryLayer() {
        for (String layer : CapabilityRules.LAYERS) {
            for (String capability : CapabilityRules.CAPABILITIES) {
                String pkg = PRODUCT + "." + layer + "." + capability;
                assertThat(PRODUCT_CLASSES.stream().anyMatch(c -> c.getPackageName().equals(pkg)))
                        .as("package %s exists", pkg).isTrue();
            }
        }
    }

    /** No package under src/main/java holds more than 20 files directly: a newcomer can read any folder at a glance. */
    @Test
    void noPackageHoldsMoreThanTwentyFiles() throws IOException {
        Map<Path, Long> counts = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            files.filter(Files::isRegularFile).forEach(file -> counts.merge(file.getParent(), 1L, Long::sum));
        }
        assertThat(counts).isNotEmpty();
        assertThat(counts).allSatisfy((dir, count) -> assertThat(count).as(dir.toString()).isLessThanOrEqualTo(20));
    }

    private static void holdsForTheProductAndFailsOnTheBrokenTree(ArchRule onProduct, ArchRule onBroken, String expected) {
        assertThat(PRODUCT_CLASSES).isNotEmpty();
        assertThat(onProduct.evaluate(PRODUCT_CLASSES).hasViolation())
                .as(onProduct.evaluate(PRODUCT_CLASSES).getFailureReport().toString()).isFalse();
        assertThat(BROKEN_CLASSES).isNotEmpty();
        assertThat(onBroken.evaluate(BROKEN_CLASSES).getFailureReport().toString()).contains(expected);
    }
}

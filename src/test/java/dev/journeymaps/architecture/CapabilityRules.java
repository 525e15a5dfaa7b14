package dev.journeymaps.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import net.java.ao.RawEntity;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layout rules of ARCHITECTURE.md ("Layout: layers, and capabilities inside them"), for any root package, so that
 * {@link CapabilityRulesTest} can check them on the product and prove on a deliberately broken tree that each fails.
 * <ul>
 *   <li>Inside each layer, the capability packages ({@code board}, {@code work}, {@code stewardship}, {@code history})
 *       form no cycle. Layers themselves are acyclic ({@link DependencyRuleTest}), so this is every cycle there is.</li>
 *   <li>In the core and the store ({@code domain}, {@code app}, {@code store}) {@code board} depends on no other
 *       capability: the others hang off the board. Web pages compose capabilities (the board page shows linked work,
 *       the priorities page shows review status), so there only cycles are forbidden.</li>
 *   <li>{@code exchange} (exports and imports) reads the other capabilities and no capability depends on it: it sits on top
 *       of them. It is not in {@link #CAPABILITIES} because it does not need a package in every layer; it has one where
 *       it has work to do (app: reading a map for export; web.page: rendering SVG, PNG, CSV; web.rest: the downloads).</li>
 *   <li>Active Objects entities never leave the store.</li>
 * </ul>
 */
final class CapabilityRules {
    static final List<String> LAYERS = List.of("domain", "app", "store", "web.page", "web.rest");
    /** The capabilities every layer has a package for. */
    static final List<String> CAPABILITIES = List.of("board", "work", "stewardship", "history");
    /** The capability on top: it may read every other one, none may read it. */
    static final String EXCHANGE = "exchange";
    private static final List<String> CORE_LAYERS = List.of("domain", "app", "store");

    private CapabilityRules() {
    }

    static ArchRule capabilitiesFormNoCycleInsideALayer(String root) {
        return slices().assignedFrom(capabilities(root)).should().beFreeOfCycles();
    }

    static ArchRule boardDependsOnNoOtherCapability(String root) {
        String[] boards = CORE_LAYERS.stream().map(layer -> root + "." + layer + ".board..").toArray(String[]::new);
        String[] others = CORE_LAYERS.stream()
                .flatMap(layer -> java.util.stream.Stream.concat(CAPABILITIES.stream(), java.util.stream.Stream.of(EXCHANGE))
                        .filter(c -> !c.equals("board")).map(c -> root + "." + layer + "." + c + ".."))
                .toArray(String[]::new);
        return noClasses().that().resideInAnyPackage(boards)
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .as("board (domain, app, store) depends on no other capability");
    }

    static ArchRule nothingDependsOnExchange(String root) {
        String[] exchange = LAYERS.stream().map(layer -> root + "." + layer + "." + EXCHANGE + "..").toArray(String[]::new);
        String[] others = LAYERS.stream().flatMap(layer -> CAPABILITIES.stream().map(c -> root + "." + layer + "." + c + ".."))
                .toArray(String[]::new);
        return noClasses().that().resideInAnyPackage(others)
                .should().dependOnClassesThat().resideInAnyPackage(exchange)
                .as("no capability depends on exchange");
    }

    static ArchRule entitiesNeverLeaveTheStore(String root) {
        return noClasses().that().resideOutsideOfPackage(root + ".store..")
                .should().dependOnClassesThat().areAssignableTo(RawEntity.class)
                .as("Active Objects entities never leave the store");
    }

    /** A class's slice is its layer and capability, e.g. "app work"; classes in a layer's root belong to none. */
    private static SliceAssignment capabilities(String root) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String pkg = javaClass.getPackageName();
                for (String layer : LAYERS) {
                    String prefix = root + "." + layer + ".";
                    if (pkg.startsWith(prefix)) {
                        String capability = pkg.substring(prefix.length()).split("\\.")[0];
                        return SliceIdentifier.of(layer, capability);
                    }
                }
                return SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "capabilities inside each layer of " + root;
            }
        };
    }
}

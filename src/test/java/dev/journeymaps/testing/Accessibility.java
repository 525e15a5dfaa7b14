package dev.journeymaps.testing;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core on the page the browser shows. Our bar (issue 12): no critical, serious or moderate violation on any page
 * or state. Only "minor" findings are let through.
 */
public final class Accessibility {
    private static final Set<String> BLOCKING = Set.of("critical", "serious", "moderate");

    private Accessibility() {
    }

    /** Fails naming each critical, serious or moderate rule broken on the current page, with up to three offending nodes. */
    public static void assertNoModerateOrWorseViolations(WebDriver driver, String page) {
        List<String> found = new AxeBuilder().analyze(driver).getViolations().stream()
                .filter(rule -> BLOCKING.contains(rule.getImpact()))
                .map(Accessibility::describe)
                .toList();
        assertThat(found).as(page).isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " "
                + rule.getNodes().stream().limit(3).map(node -> node.getTarget().toString()).toList();
    }
}

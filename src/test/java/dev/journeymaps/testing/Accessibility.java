package dev.journeymaps.testing;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** axe-core on the page the browser shows: our bar is no serious or critical violation. */
public final class Accessibility {
    private Accessibility() {
    }

    /** Fails naming each serious or critical rule broken on the current page, with up to three offending nodes. */
    public static void assertNoSeriousViolations(WebDriver driver, String page) {
        List<String> serious = new AxeBuilder().analyze(driver).getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(Accessibility::describe)
                .toList();
        assertThat(serious).as(page).isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getId() + ": " + rule.getHelp() + " " + rule.getNodes().stream().limit(3).map(node -> node.getTarget().toString()).toList();
    }
}

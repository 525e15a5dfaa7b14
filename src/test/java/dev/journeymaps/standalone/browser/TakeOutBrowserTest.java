package dev.journeymaps.standalone.browser;

import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of issue 16's browser tests on the demo map (exports, presentation, print, Copy link): Chrome DevTools commands
 * and the few look-ups they share.
 */
abstract class TakeOutBrowserTest extends BoardBrowserTest {

    @SuppressWarnings("unchecked")
    static Map<String, Object> cdp(String command, Map<String, Object> parameters) {
        return ((HasCdp) driver).executeCdpCommand(command, parameters);
    }

    static WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    static WebElement active() {
        return driver.switchTo().activeElement();
    }

    /**
     * axe-core at critical/serious/moderate, as {@link #assertAccessible}, but run inside the page (legacy mode): in full
     * screen Chromium cannot open the blank window axe's default mode runs its last step in. The page has no frames,
     * so nothing is left out.
     */
    static void assertAccessibleInPlace(String state) {
        List<String> found = new AxeBuilder().setLegacyMode(true).analyze(driver).getViolations().stream()
                .filter(rule -> List.of("critical", "serious", "moderate").contains(rule.getImpact()))
                .map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " "
                        + rule.getNodes().stream().limit(3).map(node -> node.getTarget().toString()).toList())
                .toList();
        assertThat(found).as(state).isEmpty();
    }

    /** Keeps what the browser shows (a screenshot, or the bytes given) in target/take-out, for a developer to look at. */
    static void keep(String name, byte[] bytes) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "take-out"));
            Files.write(folder.resolve(name), bytes != null ? bytes : ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The demo map's stage names, in order, from the REST API. */
    static List<String> stageNames() {
        List<String> names = new ArrayList<>();
        server.json(API + "/maps/" + mapId).get("stages").forEach(s -> names.add(s.get("name").asText()));
        assertThat(names).as("the demo map's stages").hasSizeGreaterThanOrEqualTo(5);
        return names;
    }
}

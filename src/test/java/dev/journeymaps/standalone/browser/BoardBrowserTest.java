package dev.journeymaps.standalone.browser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.journeymaps.standalone.TestServer;
import dev.journeymaps.testing.Accessibility;
import dev.journeymaps.testing.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The board's browser tests: the demo map in headless Chromium at 1280×800, as a new product manager first sees
 * it, served by a standalone server of the test class's own. No script error may reach the console.
 */
abstract class BoardBrowserTest {
    static final String API = "/rest/journeymaps/1.0";
    static TestServer server;
    static WebDriver driver;
    static long mapId;

    @BeforeAll
    static void startServerAndBrowser() {
        server = TestServer.start(true);
        driver = HeadlessChromium.start();
        driver.manage().window().setSize(new Dimension(1280, 800));
        mapId = server.json(API + "/maps?projectKey=DEMO").get(0).get("map").get("id").asLong();
    }

    @AfterEach
    void noScriptErrors() {
        assertThat(HeadlessChromium.browserErrors(driver)).as("errors in the browser console").isEmpty();
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (server != null) {
            server.close();
            server = null;
        }
    }

    static <T> T until(Function<WebDriver, T> condition) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait.until(condition);
    }

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    static String mapPath() {
        return "/plugins/servlet/journeymaps/map/" + mapId;
    }

    /** Opens the demo map (with {@code query}, e.g. "?work=done") and waits for its scripts to have run. */
    static void openMap(String query) {
        driver.get(server.url(mapPath() + query));
        until(d -> !d.findElements(By.cssSelector(".jm-tools:not([hidden])")).isEmpty());
    }

    /** Marks the document, so a test can tell a write updated the board without loading the page again. */
    static void markPage() {
        js("window.__jmSamePage = true");
    }

    static boolean samePage() {
        return Boolean.TRUE.equals(js("return window.__jmSamePage === true"));
    }

    static long version() {
        return Long.parseLong(driver.findElement(By.id("jm-root")).getAttribute("data-map-version"));
    }

    static WebElement card(String text) {
        return until(d -> d.findElements(By.cssSelector(".jm-card")).stream()
                .filter(c -> c.findElement(By.cssSelector(".jm-card-text")).getAttribute("textContent").equals(text))
                .findFirst().orElse(null));
    }

    /** A demo pain point from the priorities JSON that has an owner, a score, evidence and linked work. */
    static JsonNode fullyTriagedCard() {
        for (JsonNode c : server.json(API + "/maps/" + mapId + "/priorities").get("cards")) {
            if (!c.get("owner").isNull() && !c.get("impact").isNull() && c.get("evidence").get("items").asInt() > 0
                    && c.get("linkedWork").get("issues").asInt() > 0) {
                return c;
            }
        }
        throw new AssertionError("the demo has a card with owner, score, evidence and links");
    }

    /** axe-core on what the page shows now: no critical, serious or moderate violation. */
    static void assertAccessible(String state) {
        Accessibility.assertNoModerateOrWorseViolations(driver, state);
    }
}

package dev.journeymaps.standalone.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.journeymaps.standalone.StandaloneServer;
import dev.journeymaps.standalone.TestServers;
import dev.journeymaps.testing.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the page browser tests of issue 12: one standalone server without the demo (each test builds what it
 * needs over REST, then uses the page as a user would) and one headless Chromium at 1280×800. Any script error
 * on a page fails the test.
 */
abstract class PageTest {
    static final String API = "/rest/journeymaps/1.0";
    static final String PAGES = "/plugins/servlet/journeymaps";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static StandaloneServer server;
    static WebDriver driver;

    @BeforeAll
    static void startServerAndBrowser() throws IOException {
        server = TestServers.start(Files.createTempDirectory("journeymaps-pages"), false);
        driver = HeadlessChromium.start();
        driver.manage().window().setSize(new Dimension(1280, 800));
    }

    /** Set by a test that makes the server refuse a request on purpose: Chromium logs each 4xx answer as an error. */
    static String expectedRefusal;

    @AfterEach
    void noScriptErrors() {
        String refusal = expectedRefusal;
        expectedRefusal = null;
        assertThat(HeadlessChromium.browserErrors(driver).stream()
                .filter(e -> refusal == null || !e.contains("the server responded with a status of " + refusal)))
                .as("errors in the browser console").isEmpty();
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

    // --- REST, to set the scene ---------------------------------------------------------------------------------

    static JsonNode send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).timeout(Duration.ofSeconds(20));
        request = json == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode createMap(String projectKey, String title, String type) {
        return send("POST", API + "/maps", "{\"projectKey\":\"" + projectKey + "\",\"title\":\"" + title + "\",\"type\":\"" + type + "\"}");
    }

    static JsonNode map(long id) {
        return send("GET", API + "/maps/" + id, null);
    }

    static long laneOfKind(JsonNode board, String kind) {
        for (JsonNode lane : board.get("lanes")) {
            if (lane.get("kind").asText().equals(kind)) {
                return lane.get("id").asLong();
            }
        }
        throw new AssertionError("no lane of kind " + kind);
    }

    static long addCard(long mapId, long laneId, long stageId, String text, Integer emotion) {
        return send("POST", API + "/maps/" + mapId + "/cards", "{\"version\":" + map(mapId).get("version").asLong() + ",\"laneId\":" + laneId
                + ",\"stageId\":" + stageId + ",\"text\":\"" + text + "\"" + (emotion == null ? "" : ",\"emotion\":" + emotion) + "}")
                .get("card").get("id").asLong();
    }

    // --- the browser --------------------------------------------------------------------------------------------

    static void open(String path) {
        driver.get(server.baseUrl() + path);
        until(d -> "complete".equals(js("return document.readyState")));
    }

    static <T> T until(Function<WebDriver, T> condition) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait.until(condition);
    }

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    static WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    /**
     * Runs {@code action} and waits until its result is on screen: a new document has loaded, or — for a write on the
     * map page, which swaps in the re-rendered board without loading the page — the board is at a newer version and
     * no longer busy.
     */
    static void reloadAfter(Runnable action) {
        js("window.__jmOldPage = true; var r = document.getElementById('jm-root');"
                + " window.__jmOldVersion = r ? Number(r.getAttribute('data-map-version')) : null;");
        action.run();
        until(d -> {
            try {
                return Boolean.TRUE.equals(js("if (document.readyState !== 'complete') { return false; }"
                        + " if (window.__jmOldPage === undefined) { return true; }"
                        + " var r = document.getElementById('jm-root');"
                        + " return window.__jmOldVersion !== null && !!r && Number(r.getAttribute('data-map-version')) > window.__jmOldVersion"
                        + " && !document.querySelector('body[aria-busy=true]');"));
            } catch (WebDriverException navigating) {
                return false;
            }
        });
    }

    /** Unfolds the map's scope card (folded by default to give the board the screen), as a user would. */
    static void openScope() {
        WebElement toggle = until(d -> d.findElement(By.cssSelector(".jm-scope-toggle")));
        if ("false".equals(toggle.getAttribute("aria-expanded"))) {
            toggle.click();
        }
        until(d -> d.findElement(By.id("jm-edit-journey")).isDisplayed());
    }

    /** The text of the AUI success flag the page shows (waits for it). */
    static String flagText() {
        return until(d -> d.findElements(By.cssSelector(".aui-flag .aui-message-success, .aui-flag.aui-message-success, #aui-flag-container .aui-message"))
                .stream().map(WebElement::getText).filter(t -> !t.isBlank()).findFirst().orElse(null));
    }

    /** Saves a screenshot under /work/notes/shots-h12a when that folder exists (a developer's walk), else nowhere. */
    static void screenshot(String name) {
        Path folder = Path.of("/work/notes/shots-h12a");
        if (Files.isDirectory(folder)) {
            try {
                Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

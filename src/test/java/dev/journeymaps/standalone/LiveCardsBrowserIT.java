package dev.journeymaps.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.journeymaps.store.embedded.DatabaseConfig;
import dev.journeymaps.testing.Accessibility;
import dev.journeymaps.testing.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live board applies others' card changes card by card (issue 15, point 2), in two headless Chromium sessions on
 * one standalone node with the stand-in Data Center Jira: Alice edits, Bob watches. Bob's page marks an untouched
 * card's node and the board's node (JS properties); after Alice's edit, Bob shows it and the marked nodes are the SAME
 * nodes (no board swap, no reload). With Bob's side panel open on another card he still gets updates; a change to the
 * panel's own card waits (with a note in the panel) until he closes it; a deleted card disappears; a moved card lands
 * at its index. Latencies are printed, never asserted.
 */
class LiveCardsBrowserIT {
    private static final String API = "/rest/journeymaps/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dataDir;
    private static FakeJiraServer jira;
    private static StandaloneServer server;
    private static WebDriver alice;
    private static WebDriver bob;

    @BeforeAll
    static void start() {
        alice = HeadlessChromium.start();
        bob = HeadlessChromium.start();
        jira = new FakeJiraServer();
        server = StandaloneServer.start(new StandaloneConfig("127.0.0.1", 0, DatabaseConfig.h2File(dataDir), false,
                new JiraConfig(jira.url(), "", "", JiraConfig.DEFAULT_PERMISSION_TTL, Duration.ZERO), null));
    }

    @AfterEach
    void noScriptErrors() {
        for (WebDriver driver : List.of(alice, bob)) {
            assertThat(HeadlessChromium.browserErrors(driver)).as("errors in the browser console").isEmpty();
        }
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable resource : new AutoCloseable[]{alice == null ? null : alice::quit, bob == null ? null : bob::quit,
                server, jira}) {
            if (resource != null) {
                resource.close();
            }
        }
    }

    @Test
    void anEditInOneBrowserIsAppliedToTheOthersCardInPlaceEvenWithItsSidePanelOpen() {
        CookieBrowser rest = restUser("alice-pat");
        JsonNode map = createMap(rest, "Cards in place");
        long mapId = map.get("id").asLong();
        long edited = addCard(rest, map, "Checkout asks for an account");
        long untouched = addCard(rest, map, "Delivery date unclear");
        long panelCard = addCard(rest, map, "Returns label missing");
        open(alice, mapId, "alice-pat");
        open(bob, mapId, "bob-pat");
        markNodes(bob, untouched);

        // 1. Alice edits a card in her side panel; Bob's board shows it in place.
        WebElement text = openPanel(alice, edited);
        text.clear();
        text.sendKeys("Checkout asks for an account twice");
        long sent = System.nanoTime();
        alice.findElement(By.cssSelector("#jm-card-form button[type=submit]")).click();
        until(bob, d -> "Checkout asks for an account twice".equals(cardText(d, edited)));
        System.out.printf("LIVE-CARDS: card edited in one browser shown in the other, in place, after %d ms (%s)%n",
                (System.nanoTime() - sent) / 1_000_000, js(bob, "return JSON.stringify(JourneyMaps.live.lastApplied())"));
        assertSameNodes(bob, untouched);
        until(bob, d -> version(d) == currentVersion(rest, mapId));
        alice.findElement(By.id("jm-panel-close")).click();
        Accessibility.assertNoModerateOrWorseViolations(bob, "map view after a card was applied in place");

        // 2. Bob has the side panel open on another card: a change to the untouched card still arrives, in place.
        openPanel(bob, panelCard);
        long atPanel = version(bob);
        editCard(rest, mapId, untouched, "Delivery date unclear, and late");
        sent = System.nanoTime();
        until(bob, d -> "Delivery date unclear, and late".equals(cardText(d, untouched)));
        System.out.printf("LIVE-CARDS: card edited over REST shown while the side panel is open after %d ms%n",
                (System.nanoTime() - sent) / 1_000_000);
        assertThat(bob.findElement(By.id("jm-panel")).isDisplayed()).as("the panel stayed open").isTrue();
        assertThat((Boolean) js(bob, "return document.getElementById('jm-board').__jmMark === 'board'"))
                .as("the same board node").isTrue();
        until(bob, d -> version(d) > atPanel);

        // 3. The panel's own card changes: the board keeps it as the panel shows it, the panel says so; closing applies it.
        editCard(rest, mapId, panelCard, "Returns label missing in the box");
        WebElement note = until(bob, d -> d.findElement(By.id("jm-live-panel-note")));
        assertThat(note.getText()).contains("Someone else changed this card");
        assertThat(cardText(bob, panelCard)).isEqualTo("Returns label missing");
        Accessibility.assertNoModerateOrWorseViolations(bob, "side panel with the changed-card note");
        bob.findElement(By.id("jm-panel-close")).click();
        until(bob, d -> "Returns label missing in the box".equals(cardText(d, panelCard)));
        until(bob, d -> d.findElements(By.id("jm-live-panel-note")).isEmpty());
        until(bob, d -> version(d) == currentVersion(rest, mapId));

        // 4. A card deleted and a card moved to the top of its cell: removed, and placed at its index.
        markNodes(bob, untouched);
        deleteCard(rest, mapId, edited);
        sent = System.nanoTime();
        until(bob, d -> d.findElements(By.id("jm-card-" + edited)).isEmpty());
        System.out.printf("LIVE-CARDS: card deleted over REST gone from the other page after %d ms%n", (System.nanoTime() - sent) / 1_000_000);
        moveCard(rest, map, panelCard, 0);
        sent = System.nanoTime();
        until(bob, d -> cardIds(d).equals(List.of(panelCard, untouched)));
        System.out.printf("LIVE-CARDS: card moved over REST at its index on the other page after %d ms%n", (System.nanoTime() - sent) / 1_000_000);
        assertSameNodes(bob, untouched);
        until(bob, d -> "2".equals(d.findElement(By.cssSelector(".jm-stage[data-stage-id='"
                + map.get("stages").get(0).get("id").asLong() + "']")).getAttribute("data-card-count")));
        until(bob, d -> version(d) == currentVersion(rest, mapId));
        Accessibility.assertNoModerateOrWorseViolations(bob, "map view after a delete and a move applied in place");
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    /** Marks the page, the board's node and an untouched card's node: a board swap or a reload would lose the marks. */
    private static void markNodes(WebDriver driver, long untouched) {
        js(driver, "window.__jmSamePage = true; document.getElementById('jm-board').__jmMark = 'board';"
                + "document.getElementById('jm-card-" + untouched + "').__jmMark = 'untouched';");
    }

    private static void assertSameNodes(WebDriver driver, long untouched) {
        assertThat((Boolean) js(driver, "return window.__jmSamePage === true")).as("the page was not reloaded").isTrue();
        assertThat((Boolean) js(driver, "return document.getElementById('jm-board').__jmMark === 'board'"))
                .as("the same board node: no board swap").isTrue();
        assertThat((Boolean) js(driver, "return document.getElementById('jm-card-" + untouched + "').__jmMark === 'untouched'"))
                .as("the untouched card is the same node").isTrue();
    }

    private static void open(WebDriver driver, long mapId, String token) {
        driver.get(server.baseUrl() + "/plugins/servlet/journeymaps/map/" + mapId);
        until(driver, d -> !d.findElements(By.cssSelector("#jm-root[data-map-id='" + mapId + "'], #jm-password")).isEmpty());
        if (!driver.findElements(By.id("jm-password")).isEmpty()) {
            driver.findElement(By.id("jm-password")).sendKeys(token);
            driver.findElement(By.cssSelector("form[method=post] button[type=submit]")).click();
        }
        until(driver, d -> !d.findElements(By.cssSelector("#jm-root[data-map-id='" + mapId + "']")).isEmpty());
    }

    private static WebElement openPanel(WebDriver driver, long cardId) {
        WebElement card = until(driver, d -> d.findElement(By.id("jm-card-" + cardId)));
        js(driver, "arguments[0].scrollIntoView({block: 'center'})", card);
        card.click();
        until(driver, d -> d.findElement(By.id("jm-panel")).isDisplayed());
        return until(driver, d -> {
            WebElement field = d.findElement(By.id("jm-card-text"));
            return field.isDisplayed() && !field.getAttribute("value").isEmpty() ? field : null;
        });
    }

    private static CookieBrowser restUser(String token) {
        CookieBrowser user = new CookieBrowser();
        assertThat(user.signIn(server.baseUrl(), token).statusCode()).isEqualTo(302);
        return user;
    }

    private static JsonNode createMap(CookieBrowser user, String title) {
        return send(user, "POST", API + "/maps", "{\"projectKey\":\"SHOP\",\"title\":\"" + title + "\",\"type\":\"current-state\"}", 201);
    }

    private static long painLane(JsonNode map) {
        for (JsonNode lane : map.get("lanes")) {
            if (lane.get("kind").asText().equals("pain-points")) {
                return lane.get("id").asLong();
            }
        }
        throw new AssertionError("no pain points lane");
    }

    private static long addCard(CookieBrowser user, JsonNode map, String text) {
        long mapId = map.get("id").asLong();
        return send(user, "POST", API + "/maps/" + mapId + "/cards", "{\"version\":" + currentVersion(user, mapId) + ",\"laneId\":"
                + painLane(map) + ",\"stageId\":" + map.get("stages").get(0).get("id").asLong() + ",\"text\":\"" + text + "\"}", 201)
                .get("card").get("id").asLong();
    }

    private static void editCard(CookieBrowser user, long mapId, long cardId, String text) {
        send(user, "PUT", API + "/maps/" + mapId + "/cards/" + cardId, "{\"version\":" + currentVersion(user, mapId)
                + ",\"text\":\"" + text + "\"}", 200);
    }

    private static void deleteCard(CookieBrowser user, long mapId, long cardId) {
        send(user, "DELETE", API + "/maps/" + mapId + "/cards/" + cardId + "?version=" + currentVersion(user, mapId), null, 200);
    }

    private static void moveCard(CookieBrowser user, JsonNode map, long cardId, int index) {
        long mapId = map.get("id").asLong();
        send(user, "POST", API + "/maps/" + mapId + "/cards/" + cardId + "/move", "{\"version\":" + currentVersion(user, mapId)
                + ",\"laneId\":" + painLane(map) + ",\"stageId\":" + map.get("stages").get(0).get("id").asLong()
                + ",\"index\":" + index + "}", 200);
    }

    private static JsonNode send(CookieBrowser user, String method, String path, String body, int status) {
        HttpResponse<String> answer = user.json(method, server.baseUrl() + path, body);
        assertThat(answer.statusCode()).as(method + " " + path + ": " + answer.body()).isEqualTo(status);
        return read(answer);
    }

    private static long currentVersion(CookieBrowser user, long mapId) {
        HttpResponse<String> answer = user.get(server.baseUrl() + API + "/maps/" + mapId + "/changes?since=0&wait=0");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return read(answer).get("version").asLong();
    }

    private static String cardText(WebDriver driver, long cardId) {
        List<WebElement> cards = driver.findElements(By.cssSelector("#jm-card-" + cardId + " .jm-card-text"));
        return cards.isEmpty() ? null : cards.get(0).getAttribute("textContent").trim();
    }

    private static List<Long> cardIds(WebDriver driver) {
        return driver.findElements(By.cssSelector(".jm-lane[data-lane-kind='pain-points'] .jm-card")).stream()
                .map(e -> Long.parseLong(e.getAttribute("data-card-id"))).toList();
    }

    private static long version(WebDriver driver) {
        return Long.parseLong(driver.findElement(By.id("jm-root")).getAttribute("data-map-version"));
    }

    private static <T> T until(WebDriver driver, Function<WebDriver, T> condition) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(50));
        wait.ignoring(StaleElementReferenceException.class);
        return wait.until(condition);
    }

    private static Object js(WebDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static JsonNode read(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

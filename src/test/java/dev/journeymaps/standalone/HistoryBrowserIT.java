package dev.journeymaps.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import dev.journeymaps.testing.Accessibility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The history page in headless Chromium: two snapshots of a map, changed between them over REST, compared through
 * the page's form (no script needed) — exactly the added, removed and changed cards; and a current-state map
 * compared with the future-state map made from it.
 */
@BrowserTest.WithoutDemo
class HistoryBrowserIT extends BrowserTest {
    private static final String API = "/rest/journeymaps/1.0";

    /** A current-state map with pain points A, B and C; returns its board. */
    private static JsonNode mapWithThreePainPoints() {
        JsonNode map = server.post(API + "/maps", "{\"projectKey\":\"HIST\",\"title\":\"Returns\",\"type\":\"current-state\"}").json();
        long id = map.get("id").asLong();
        long lane = 0;
        for (JsonNode l : map.get("lanes")) {
            lane = l.get("kind").asText().equals("pain-points") ? l.get("id").asLong() : lane;
        }
        long stage = map.get("stages").get(0).get("id").asLong();
        for (String text : List.of("Label printing fails", "Refund takes two weeks", "No pickup slots")) {
            assertThat(server.post(API + "/maps/" + id + "/cards", "{\"version\":" + version(id) + ",\"laneId\":" + lane
                    + ",\"stageId\":" + stage + ",\"text\":\"" + text + "\"}").status()).isEqualTo(201);
        }
        return server.get(API + "/maps/" + id).json();
    }

    private static long version(long mapId) {
        return server.get(API + "/maps/" + mapId).json().get("version").asLong();
    }

    private static JsonNode card(JsonNode board, String text) {
        for (JsonNode card : board.get("cards")) {
            if (card.get("text").asText().equals(text)) {
                return card;
            }
        }
        throw new AssertionError("no card " + text);
    }

    private static long cardId(JsonNode board, String text) {
        return card(board, text).get("id").asLong();
    }

    private static void snapshot(long mapId, String label) {
        RunningServer.Reply taken = server.post(API + "/maps/" + mapId + "/snapshots",
                "{\"version\":" + version(mapId) + ",\"label\":\"" + label + "\"}");
        assertThat(taken.status()).as(taken.body()).isEqualTo(201);
    }

    private static List<String> rows(String kind) {
        return driver.findElements(By.cssSelector(".jm-diff-" + kind + " .jm-diff-text")).stream().map(WebElement::getText).toList();
    }

    @Test
    void twoSnapshotsComparedThroughThePageShowExactlyTheCardsAddedRemovedAndChanged() {
        JsonNode board = mapWithThreePainPoints();
        long mapId = board.get("id").asLong();
        snapshot(mapId, "Before the returns workshop");
        long lane = card(board, "Label printing fails").get("laneId").asLong();
        long stage = board.get("stages").get(1).get("id").asLong();
        assertThat(server.put(API + "/maps/" + mapId + "/cards/" + cardId(board, "Label printing fails"), "{\"version\":" + version(mapId)
                + ",\"text\":\"Label printing fails on mobile\"}").status()).isEqualTo(200);
        assertThat(server.delete(API + "/maps/" + mapId + "/cards/" + cardId(board, "Refund takes two weeks") + "?version="
                + version(mapId)).status()).isEqualTo(200);
        assertThat(server.post(API + "/maps/" + mapId + "/cards", "{\"version\":" + version(mapId) + ",\"laneId\":" + lane
                + ",\"stageId\":" + stage + ",\"text\":\"Courier misses the address\"}").status()).isEqualTo(201);
        snapshot(mapId, "After the returns workshop");

        driver.get(server.url("/plugins/servlet/journeymaps/map/" + mapId));
        browser.until(d -> !d.findElements(By.cssSelector(".jm-history-link")).isEmpty());
        driver.findElement(By.cssSelector(".jm-history-link")).click();
        browser.until(d -> !d.findElements(By.id("jm-compare-form")).isEmpty());
        assertThat(driver.findElements(By.cssSelector(".jm-snapshots tbody tr"))).hasSize(2);
        browser.select(driver.findElement(By.id("jm-compare-from")), selectValue("jm-compare-from", "Before the returns workshop"));
        browser.select(driver.findElement(By.id("jm-compare-to")), selectValue("jm-compare-to", "After the returns workshop"));
        driver.findElement(By.cssSelector("#jm-compare-form button[type=submit]")).click();
        browser.until(d -> !d.findElements(By.id("jm-comparison")).isEmpty());

        assertThat(driver.findElement(By.id("jm-comparison-heading")).getText())
                .isEqualTo("From “Before the returns workshop” to “After the returns workshop”");
        assertThat(rows("added")).containsExactly("Courier misses the address");
        assertThat(rows("removed")).containsExactly("Refund takes two weeks");
        assertThat(rows("changed")).containsExactly("Label printing fails on mobile");
        assertThat(driver.findElement(By.cssSelector(".jm-diff-changed .jm-field-changes")).getText())
                .isEqualTo("Text: Label printing fails → Label printing fails on mobile");
        assertThat(driver.findElements(By.cssSelector(".jm-trail tbody tr")).get(0).getText()).contains("Snapshot", "After the returns workshop");
        Accessibility.assertNoModerateOrWorseViolations(driver, "history page with a comparison");
    }

    @Test
    void aCurrentStateMapComparesWithTheFutureStateMadeFromIt() {
        JsonNode board = mapWithThreePainPoints();
        long mapId = board.get("id").asLong();
        JsonNode future = server.post(API + "/maps/" + mapId + "/future-state", "{}").json();
        long futureId = future.get("map") != null ? future.get("map").get("id").asLong() : future.get("id").asLong();
        JsonNode futureBoard = server.get(API + "/maps/" + futureId).json();
        assertThat(server.delete(API + "/maps/" + futureId + "/cards/" + cardId(futureBoard, "No pickup slots") + "?version="
                + futureBoard.get("version").asLong()).status()).isEqualTo(200);

        driver.get(server.url("/plugins/servlet/journeymaps/map/" + mapId + "/history"));
        browser.until(d -> !d.findElements(By.cssSelector(".jm-compare-map")).isEmpty());
        assertThat(driver.findElement(By.id("jm-no-snapshots")).isDisplayed()).isTrue();
        driver.findElement(By.cssSelector(".jm-compare-map")).click();
        browser.until(d -> !d.findElements(By.id("jm-comparison")).isEmpty());

        assertThat(rows("removed")).containsExactly("No pickup slots");
        assertThat(rows("added")).isEmpty();
        assertThat(rows("changed")).isEmpty();
    }

    /** The value of the option whose label starts with {@code label}. */
    private static String selectValue(String selectId, String label) {
        return driver.findElements(By.cssSelector("#" + selectId + " option")).stream()
                .filter(option -> option.getText().startsWith(label)).findFirst().orElseThrow().getAttribute("value");
    }
}

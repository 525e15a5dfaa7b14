package dev.journeymaps.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * User text that looks like markup or a template expression shows as literal text in the map list, the map
 * view, the curve labels and the side panel, and none of it runs: an {@code onerror} or script would set a
 * window flag, which stays unset, and no alert opens.
 */
@BrowserTest.WithoutDemo
class HostileTextBrowserIT extends BrowserTest {
    private static final String SCRIPT = "<script>window.__jmXss = 'script'</script>";
    private static final String IMG = "\"><img src=x onerror=window.__jmXss='img'>";
    private static final String TEMPLATE = "{{7*7}} ${7*7} #set($x=7)";
    private static final String ALL = SCRIPT + IMG + TEMPLATE;
    private static long mapId;

    @BeforeAll
    static void seed() {
        String api = "/rest/journeymaps/1.0";
        long persona = server.post(api + "/personas", json("{\"projectKey\":\"EVIL\",\"name\":%s,\"description\":%s}", "P " + ALL, ALL)).json().get("id").asLong();
        JsonNode map = server.post(api + "/maps", json("{\"projectKey\":\"EVIL\",\"title\":%s,\"type\":\"current-state\",\"personaId\":" + persona + "}", "M " + ALL)).json();
        mapId = map.get("id").asLong();
        String base = api + "/maps/" + mapId;
        long emotions = lane(map, "emotions");
        long pain = lane(map, "pain-points");
        long stage = map.get("stages").get(0).get("id").asLong();
        server.put(base + "/stages/" + stage, json("{\"version\":1,\"name\":%s}", "S " + ALL));
        server.put(base + "/lanes/" + pain, json("{\"version\":2,\"title\":%s}", "L " + ALL));
        server.post(base + "/cards", json("{\"version\":3,\"laneId\":" + emotions + ",\"stageId\":" + stage + ",\"text\":%s,\"emotion\":-3}", "E " + ALL));
        long card = server.post(base + "/cards", json("{\"version\":4,\"laneId\":" + pain + ",\"stageId\":" + stage + ",\"text\":%s,\"details\":%s}",
                "C " + ALL, ALL)).json().get("card").get("id").asLong();
        RunningServer.Reply evidence = server.post(base + "/cards/" + card + "/evidence",
                json("{\"version\":5,\"type\":\"interview\",\"quote\":%s}", "Q " + ALL));
        assertThat(evidence.status()).as(evidence.body()).isEqualTo(201);
    }


    private static String json(String template, String... values) {
        Object[] quoted = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            try {
                quoted[i] = RunningServer.JSON.writeValueAsString(values[i]);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return String.format(template, quoted);
    }

    private static long lane(JsonNode map, String kind) {
        for (JsonNode lane : map.get("lanes")) {
            if (lane.get("kind").asText().equals(kind)) {
                return lane.get("id").asLong();
            }
        }
        throw new AssertionError(kind);
    }

    private static void assertNothingRan() {
        assertThat(browser.js("return window.__jmXss === undefined")).isEqualTo(true);
        assertThat(driver.findElements(By.cssSelector("img[src=x], #jm-root script"))).isEmpty();
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    @Test
    void theMapListShowsTheTitleAndPersonaAsText() {
        driver.get(server.url("/plugins/servlet/journeymaps/project/EVIL"));
        browser.until(d -> !d.findElements(By.cssSelector("#jm-create-map-button:not([hidden])")).isEmpty());

        assertThat(driver.findElement(By.cssSelector(".jm-map-link")).getText()).isEqualTo("M " + ALL);
        assertThat(driver.findElement(By.cssSelector(".jm-persona-cell")).getAttribute("textContent")).isEqualTo("P " + ALL);
        assertThat(driver.findElement(By.cssSelector(".jm-persona-card .jm-persona-name")).getText()).isEqualTo("P " + ALL);
        assertThat(driver.findElement(By.cssSelector("#jm-filter-persona option:nth-child(2)")).getAttribute("textContent")).isEqualTo("P " + ALL);
        assertNothingRan();
    }

    @Test
    void theMapViewCurveLabelsAndSidePanelShowEveryPieceAsText() {
        driver.get(server.url("/plugins/servlet/journeymaps/map/" + mapId));
        browser.until(d -> !d.findElements(By.cssSelector(".jm-add-card:not([hidden])")).isEmpty());

        assertThat(driver.findElement(By.cssSelector(".jm-map-title")).getText()).startsWith("M " + ALL);
        assertThat(driver.getTitle()).startsWith("M " + ALL);
        // the scope card is folded by default: its text is there, not shown
        assertThat(driver.findElement(By.cssSelector(".jm-scope-persona .jm-persona-name")).getAttribute("textContent")).isEqualTo("P " + ALL);
        assertThat(driver.findElement(By.cssSelector(".jm-stage-name")).getText()).isEqualTo("S " + ALL);
        assertThat(browser.lane("L " + ALL)).isNotNull();
        assertThat(browser.card("C " + ALL).findElement(By.cssSelector(".jm-card-details")).getText()).isEqualTo(ALL);
        assertThat(driver.findElement(By.cssSelector(".jm-curve-low-label")).getAttribute("textContent")).endsWith("S " + ALL);
        assertThat(driver.findElement(By.id("jm-curve-svg-desc")).getAttribute("textContent")).contains("S " + ALL);
        assertThat(driver.findElement(By.cssSelector(".jm-curve-scores li")).getAttribute("textContent")).contains("S " + ALL);
        assertNothingRan();

        browser.card("C " + ALL).click();
        browser.until(d -> d.findElement(By.id("jm-panel")).isDisplayed()
                && !d.findElements(By.cssSelector(".jm-evidence-item")).isEmpty());
        assertThat(driver.findElement(By.id("jm-panel-heading")).getText()).isEqualTo("C " + ALL);
        assertThat(driver.findElement(By.id("jm-panel-context")).getAttribute("textContent")).contains("L " + ALL, "S " + ALL);
        assertThat(driver.findElement(By.id("jm-card-details")).getAttribute("value")).isEqualTo(ALL);
        assertThat(driver.findElement(By.cssSelector(".jm-evidence-quote")).getText()).isEqualTo("Q " + ALL);
        assertNothingRan();
    }
}

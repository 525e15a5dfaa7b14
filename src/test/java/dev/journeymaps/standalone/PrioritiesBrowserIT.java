package dev.journeymaps.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import dev.journeymaps.testing.Accessibility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The priorities page in headless Chromium against the standalone server: score, rank, own, review. */
class PrioritiesBrowserIT extends BrowserTest {
    private static final String API = "/rest/journeymaps/1.0";



    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    /** A map with three pain points, made over REST; returns its id. */
    private static long mapWithThreePainPoints() {
        JsonNode map = server.post(API + "/maps", "{\"projectKey\":\"BROWSE\",\"title\":\"Checkout\",\"type\":\"current-state\"}").json();
        long id = map.get("id").asLong();
        long lane = 0;
        for (JsonNode l : map.get("lanes")) {
            if (l.get("kind").asText().equals("pain-points")) {
                lane = l.get("id").asLong();
            }
        }
        long version = 1;
        for (String text : List.of("Address form loses input", "Coupon field rejects lowercase", "Size chart is hidden")) {
            long stage = map.get("stages").get((int) version - 1).get("id").asLong();
            assertThat(server.post(API + "/maps/" + id + "/cards", "{\"version\":" + version++ + ",\"laneId\":" + lane
                    + ",\"stageId\":" + stage + ",\"text\":\"" + text + "\"}").status()).isEqualTo(201);
        }
        return id;
    }

    private static void openPriorities(long mapId) {
        driver.get(server.url("/plugins/servlet/journeymaps/map/" + mapId + "/priorities"));
        waitForEnhancement();
    }

    private static void waitForEnhancement() {
        waiting().until(d -> !d.findElements(By.cssSelector(".jm-triage:not([hidden])")).isEmpty());
    }

    private static WebElement row(String text) {
        return driver.findElements(By.cssSelector(".jm-rank-row")).stream()
                .filter(row -> row.findElement(By.cssSelector(".jm-rank-text")).getText().equals(text))
                .findFirst().orElseThrow();
    }

    /** Opens the row's score form, fills it in, saves, and waits for the page to come back. */
    private static void triage(String text, String impact, String feasibility, String owner) {
        WebElement row = row(text);
        row.findElement(By.cssSelector(".jm-triage summary")).click();
        WebElement form = row.findElement(By.cssSelector(".jm-triage-form"));
        if (impact != null) {
            new Select(form.findElement(By.name("impact"))).selectByValue(impact);
            new Select(form.findElement(By.name("feasibility"))).selectByValue(feasibility);
        }
        if (owner != null) {
            WebElement input = form.findElement(By.name("owner"));
            input.clear();
            input.sendKeys(owner);
        }
        browser.reloadAfter(form.findElement(By.cssSelector("button[type=submit]"))::click);
        waitForEnhancement();
    }

    @Test
    void scoringThreePainPointsPlacesThemInTheirQuadrantsAndRanksThemThenAnOwnerAndAReviewAreRecorded() {
        long mapId = mapWithThreePainPoints();
        openPriorities(mapId);

        triage("Address form loses input", "5", "4", null);       // 20: quick win
        triage("Coupon field rejects lowercase", "4", "1", null); // 4: big bet
        triage("Size chart is hidden", "1", "5", null);           // 5: fill-in

        assertThat(driver.findElements(By.cssSelector(".jm-rank-row .jm-rank-text")).stream().map(WebElement::getText).toList())
                .containsExactly("Address form loses input", "Size chart is hidden", "Coupon field rejects lowercase");
        assertThat(driver.findElements(By.cssSelector(".jm-rank-row .jm-score")).stream().map(WebElement::getText).toList())
                .containsExactly("20", "5", "4");
        assertThat(row("Address form loses input").findElement(By.cssSelector(".jm-formula")).getText())
                .isEqualTo("Impact 5 × Feasibility 4 = 20");
        assertThat(quadrantOfDot("Address form loses input")).isEqualTo("quick-wins");
        assertThat(quadrantOfDot("Coupon field rejects lowercase")).isEqualTo("big-bets");
        assertThat(quadrantOfDot("Size chart is hidden")).isEqualTo("fill-ins");
        assertThat(driver.findElement(By.cssSelector(".jm-quadrant-quick-wins")).getText()).contains("Quick wins (1)");

        triage("Address form loses input", null, null, "Dana Whitfield");
        assertThat(row("Address form loses input").findElement(By.cssSelector(".jm-owner-cell")).getText()).isEqualTo("Dana Whitfield");
        assertThat(row("Size chart is hidden").getAttribute("class")).contains("jm-unowned");

        browser.reloadAfter(driver.findElement(By.id("jm-mark-reviewed"))::click);
        waitForEnhancement();
        assertThat(driver.findElement(By.cssSelector(".jm-last-reviewed")).getText()).contains("by Local administrator");
        JsonNode review = server.get(API + "/maps/" + mapId + "/review").json();
        assertThat(review.get("lastReviewedBy").get("key").asText()).isEqualTo("local-admin");
        assertThat(server.get(API + "/maps/" + mapId + "/snapshots").json()).hasSize(1);
    }

    private static String quadrantOfDot(String text) {
        String cardId = row(text).getAttribute("data-card-id");
        return driver.findElement(By.cssSelector("a.jm-dot[data-card-id='" + cardId + "']")).getAttribute("data-quadrant");
    }

    @Test
    void theDemoPrioritiesPageHasNoSeriousAccessibilityViolationsAndIsScreenshot() throws Exception {
        long demoMap = server.get(API + "/maps?projectKey=DEMO").json().get(0).get("map").get("id").asLong();
        openPriorities(demoMap);
        assertThat(driver.findElements(By.cssSelector("a.jm-dot"))).hasSizeGreaterThanOrEqualTo(10);
        assertNoModerateOrWorseViolations("map priorities");
        Dimension window = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(1600, 1560));
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
        Path shot = Path.of("target", "screenshots", "priorities.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(window);

        driver.get(server.url("/plugins/servlet/journeymaps/project/DEMO/priorities"));
        waiting().until(d -> !d.findElements(By.cssSelector(".jm-rank-table")).isEmpty());
        assertNoModerateOrWorseViolations("project priorities");
        driver.get(server.url("/plugins/servlet/journeymaps/project/DEMO/due-for-review"));
        waiting().until(d -> !d.findElements(By.cssSelector(".jm-empty, .jm-due-table")).isEmpty());
        assertNoModerateOrWorseViolations("due for review");
    }

    @Test
    void theMapViewLinksToItsPrioritiesAndMarksUnownedPainPoints() {
        long demoMap = server.get(API + "/maps?projectKey=DEMO").json().get(0).get("map").get("id").asLong();
        driver.get(server.url("/plugins/servlet/journeymaps/map/" + demoMap));
        waiting().until(d -> !d.findElements(By.cssSelector(".jm-priorities-link")).isEmpty());

        List<WebElement> unowned = driver.findElements(By.cssSelector(".jm-card.jm-unowned"));
        // one label per state: an empty avatar and "Unowned" in the card's footer, no extra lozenge
        assertThat(unowned).isNotEmpty().allSatisfy(card -> assertThat(card.findElement(By.cssSelector(".jm-owner-none .jm-owner-name")).getText())
                .isEqualToIgnoringCase("Unowned"));
        assertThat(driver.findElement(By.cssSelector(".jm-stat-unowned dd")).getText()).isEqualTo(String.valueOf(unowned.size()));
        driver.findElement(By.cssSelector(".jm-priorities-link")).click();
        waitForEnhancement();
        assertThat(driver.getTitle()).startsWith("Priorities");
    }

    private static void assertNoModerateOrWorseViolations(String page) {
        Accessibility.assertNoModerateOrWorseViolations(driver, page);
    }
}

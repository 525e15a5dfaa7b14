package dev.journeymaps.standalone.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, point 10: "Mark reviewed" confirms with an AUI flag; a weekly map is up to date right after its review
 * (the "due soon" window is proportional to the interval); intervals read "Every day" / "Every 7 days".
 */
class ReviewCadenceBrowserIT extends PageTest {

    private static String reviewFact(String term) {
        return driver.findElements(By.cssSelector(".jm-review-facts > div")).stream()
                .filter(row -> row.findElement(By.tagName("dt")).getText().equalsIgnoreCase(term))
                .map(row -> row.findElement(By.tagName("dd")).getText()).findFirst().orElseThrow(() -> new AssertionError("no " + term));
    }

    @Test
    void markingAWeeklyMapReviewedConfirmsAndLeavesItUpToDate() {
        long id = createMap("REV", "Weekly check-in", "current-state").get("id").asLong();
        send("PUT", API + "/maps/" + id + "/review", "{\"version\":" + map(id).get("version").asLong() + ",\"intervalDays\":7}");
        open(PAGES + "/map/" + id + "/priorities");
        assertThat(reviewFact("Interval")).isEqualTo("Every 7 days");

        reloadAfter(() -> driver.findElement(By.id("jm-mark-reviewed")).click());
        assertThat(flagText()).contains("marked as reviewed");
        assertThat(reviewFact("Review status")).isEqualToIgnoringCase("Up to date");
        screenshot("06-marked-reviewed");

        send("PUT", API + "/maps/" + id + "/review", "{\"version\":" + map(id).get("version").asLong() + ",\"intervalDays\":1}");
        open(PAGES + "/map/" + id + "/priorities");
        assertThat(reviewFact("Interval")).isEqualTo("Every day");
        assertThat(reviewFact("Review status")).isEqualToIgnoringCase("Up to date");
    }
}

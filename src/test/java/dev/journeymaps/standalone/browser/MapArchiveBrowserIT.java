package dev.journeymaps.standalone.browser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.journeymaps.testing.Accessibility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, point 1: a map is archived from the map header's "…" menu through an AUI dialog that says what happens,
 * shows under "Archived (1)" on the project's list (not among the maps in use), opens read-only with a banner, and is
 * restored from the banner or from the list, editable again.
 */
class MapArchiveBrowserIT extends PageTest {

    private static long newMap(String project, String title) {
        JsonNode map = createMap(project, title, "current-state");
        long id = map.get("id").asLong();
        addCard(id, laneOfKind(map, "pain-points"), map.get("stages").get(0).get("id").asLong(), "Invoice is unreadable", null);
        return id;
    }

    private static List<String> titlesIn(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private static boolean shown(String css) {
        return driver.findElements(By.cssSelector(css)).stream().anyMatch(WebElement::isDisplayed);
    }

    @Test
    void archivedFromTheMenuItIsListedApartOpensReadOnlyAndIsRestoredFromTheBanner() {
        newMap("ARCB", "Billing");
        long id = newMap("ARCB", "Refunds");
        open(PAGES + "/map/" + id);

        byId("jm-map-actions-button").click();
        driver.findElement(By.cssSelector("[data-jm-map-action='archive']")).click();
        WebElement body = until(d -> d.findElement(By.id("jm-archive-map-body")).isDisplayed() ? d.findElement(By.id("jm-archive-map-body")) : null);
        assertThat(body.getText()).contains("Refunds", "read-only", "Nothing is deleted", "restore it at any time", "priorities");
        assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Archive");
        Accessibility.assertNoModerateOrWorseViolations(driver, "archive map dialog");
        reloadAfter(() -> driver.findElement(By.cssSelector("#jm-archive-map-dialog button[type=submit]")).click());
        assertThat(flagText()).contains("Refunds", "archived");
        assertThat(map(id).get("archived").asBoolean()).isTrue();

        open(PAGES + "/project/ARCB");
        assertThat(byId("jm-archived-heading").getText()).isEqualTo("Archived (1)");
        assertThat(titlesIn("#jm-archived-maps .jm-map-link")).containsExactly("Refunds");
        assertThat(titlesIn(".jm-map-table:not(.jm-archived-table) .jm-map-link")).containsExactly("Billing");
        Accessibility.assertNoModerateOrWorseViolations(driver, "map list with an archived map");

        driver.findElement(By.cssSelector("#jm-archived-maps .jm-map-link")).click();
        WebElement banner = until(d -> d.findElement(By.id("jm-archived-banner")));
        assertThat(banner.getText()).contains("This map is archived.", "Restore it to edit.");
        assertThat(byId("jm-restore-map").isDisplayed()).isTrue();
        assertThat(byId("jm-map-actions-button").isDisplayed()).as("no map actions").isFalse();
        assertThat(shown(".jm-inline-edit-trigger")).as("no inline edit").isFalse();
        assertThat(shown(".jm-add-card")).as("no Add card").isFalse();
        assertThat(shown(".jm-tools")).as("no stage or lane tools").isFalse();
        js("arguments[0].click()", driver.findElement(By.cssSelector(".jm-card")));
        assertThat(shown("#jm-card-form")).as("the card opens no edit form").isFalse();
        Accessibility.assertNoModerateOrWorseViolations(driver, "archived map");

        reloadAfter(() -> byId("jm-restore-map").click());
        assertThat(flagText()).contains("Refunds", "restored");
        assertThat(driver.findElements(By.id("jm-archived-banner"))).isEmpty();
        assertThat(map(id).get("archived").asBoolean()).isFalse();

        byId("jm-map-actions-button").click();
        driver.findElement(By.cssSelector("[data-jm-map-action='rename']")).click();
        WebElement title = until(d -> d.findElement(By.id("jm-inline-title")));
        reloadAfter(() -> {
            title.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Refunds, restored");
            title.sendKeys(Keys.ENTER);
        });
        assertThat(byId("jm-map-title-text").getText()).isEqualTo("Refunds, restored");
        assertThat(map(id).get("title").asText()).isEqualTo("Refunds, restored");
    }

    @Test
    void restoreFromTheArchivedSectionPutsTheMapBackAmongTheMapsInUse() {
        long id = newMap("ARCC", "Onboarding");
        send("POST", API + "/maps/" + id + "/archive", "{\"version\":" + map(id).get("version").asLong() + "}");
        open(PAGES + "/project/ARCC");
        assertThat(byId("jm-archived-heading").getText()).isEqualTo("Archived (1)");
        assertThat(titlesIn(".jm-map-table:not(.jm-archived-table) .jm-map-link")).isEmpty();

        reloadAfter(() -> driver.findElement(By.cssSelector("#jm-archived-maps [data-jm-restore-map]")).click());

        assertThat(flagText()).contains("Onboarding", "restored");
        assertThat(driver.findElements(By.id("jm-archived-maps"))).isEmpty();
        assertThat(titlesIn(".jm-map-table .jm-map-link")).containsExactly("Onboarding");
        assertThat(map(id).get("archived").asBoolean()).isFalse();
    }
}

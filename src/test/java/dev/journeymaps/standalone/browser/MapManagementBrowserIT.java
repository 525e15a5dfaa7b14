package dev.journeymaps.standalone.browser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.journeymaps.testing.Accessibility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, point 1: a map can be managed after it is created, in the page — inline edit of the title and the scope
 * card, rename, duplicate and delete through AUI dialogs that say what goes with the map, and deleting a lane.
 */
class MapManagementBrowserIT extends PageTest {

    private static long newMap(String title) {
        JsonNode map = createMap("MGMT", title, "current-state");
        long id = map.get("id").asLong();
        addCard(id, laneOfKind(map, "pain-points"), map.get("stages").get(0).get("id").asLong(), "Invoice is unreadable", null);
        return id;
    }

    private static void openMenuItem(String action) {
        byId("jm-map-actions-button").click();
        driver.findElement(By.cssSelector("[data-jm-map-action='" + action + "']")).click();
    }

    @Test
    void theTitleAndTheScopeAreEditedInPlaceAndAFailedSaveKeepsTheFieldAndSaysWhichFieldInWords() {
        long id = newMap("Billing");
        open(PAGES + "/map/" + id);

        byId("jm-edit-title").click();
        WebElement title = until(d -> d.findElement(By.id("jm-inline-title")));
        assertThat(title.getAttribute("value")).isEqualTo("Billing");
        Accessibility.assertNoModerateOrWorseViolations(driver, "inline edit of the title");
        screenshot("01-inline-edit-title");
        title.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        title.sendKeys(Keys.ENTER);
        WebElement error = until(d -> d.findElement(By.id("jm-inline-title-error")).getText().isEmpty() ? null
                : d.findElement(By.id("jm-inline-title-error")));
        assertThat(error.getText()).startsWith("Title:").doesNotContain("title:");
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("jm-inline-title");

        reloadAfter(() -> {
            title.sendKeys("Billing and invoices");
            title.sendKeys(Keys.ENTER);
        });
        assertThat(byId("jm-map-title-text").getText()).isEqualTo("Billing and invoices");
        assertThat(flagText()).contains("Saved");
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("jm-edit-title");

        openScope();
        byId("jm-edit-journey").click();
        WebElement journey = until(d -> d.findElement(By.id("jm-inline-journey")));
        reloadAfter(() -> {
            journey.sendKeys("From first invoice to paid");
            driver.findElement(By.cssSelector(".jm-inline-form button[type=submit]")).click();
        });
        assertThat(byId("jm-scope-journey").getText()).isEqualTo("From first invoice to paid");
        byId("jm-edit-goal").click();
        WebElement goal = until(d -> d.findElement(By.id("jm-inline-goal")));
        reloadAfter(() -> {
            goal.sendKeys("Pay without calling support");
            goal.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        });
        assertThat(byId("jm-scope-goal").getText()).isEqualTo("Pay without calling support");
        JsonNode saved = map(id);
        assertThat(saved.get("title").asText()).isEqualTo("Billing and invoices");
        assertThat(saved.get("journey").asText()).isEqualTo("From first invoice to paid");
        assertThat(saved.get("goal").asText()).isEqualTo("Pay without calling support");

        MapSteps.closeFlags(); // the "Saved." flag sits over the scope's right-hand column
        byId("jm-edit-purpose").click();
        WebElement purpose = until(d -> d.findElement(By.id("jm-inline-purpose")));
        purpose.sendKeys("Never saved");
        purpose.sendKeys(Keys.ESCAPE);
        assertThat(driver.findElements(By.id("jm-inline-purpose"))).isEmpty();
        assertThat(byId("jm-scope-purpose").getText()).isEqualTo("Not set yet");
    }

    @Test
    void renameFromTheMenuEditsTheTitleInPlace() {
        long id = newMap("Support");
        open(PAGES + "/map/" + id);
        openMenuItem("rename");
        WebElement title = until(d -> d.findElement(By.id("jm-inline-title")));
        reloadAfter(() -> {
            title.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Support tickets");
            title.sendKeys(Keys.ENTER);
        });
        assertThat(byId("jm-map-title-text").getText()).isEqualTo("Support tickets");
    }

    @Test
    void duplicateAsksForATitleAndOpensTheCopyWithTheCards() {
        long id = newMap("Renewal");
        open(PAGES + "/map/" + id);
        openMenuItem("duplicate");
        WebElement title = until(d -> d.findElement(By.id("jm-duplicate-title")).isDisplayed() ? d.findElement(By.id("jm-duplicate-title")) : null);
        assertThat(title.getAttribute("value")).isEqualTo("Copy of Renewal");
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("jm-duplicate-title");
        Accessibility.assertNoModerateOrWorseViolations(driver, "duplicate dialog");
        screenshot("02-duplicate-dialog");
        reloadAfter(() -> {
            title.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Renewal, plan B");
            title.sendKeys(Keys.ENTER);
        });
        assertThat(byId("jm-map-title-text").getText()).isEqualTo("Renewal, plan B");
        assertThat(driver.getCurrentUrl()).doesNotEndWith("/map/" + id);
        assertThat(driver.findElements(By.cssSelector(".jm-card-text")).stream().map(WebElement::getText)).containsExactly("Invoice is unreadable");
        assertThat(map(id).get("title").asText()).isEqualTo("Renewal");
    }

    @Test
    void deleteSaysWhatGoesWithTheMapAndLandsOnTheProjectWithAFlag() {
        long id = newMap("Cancellation");
        open(PAGES + "/map/" + id);
        openMenuItem("delete");
        WebElement body = until(d -> d.findElement(By.id("jm-delete-map-body")).isDisplayed() ? d.findElement(By.id("jm-delete-map-body")) : null);
        assertThat(body.getText()).contains("Cancellation").contains("cards: 1").contains("links to Jira issues").contains("snapshots and history");
        Accessibility.assertNoModerateOrWorseViolations(driver, "delete map dialog");
        screenshot("03-delete-map-dialog");
        reloadAfter(() -> driver.findElement(By.cssSelector("#jm-delete-map-dialog button[type=submit]")).click());
        assertThat(driver.getCurrentUrl()).endsWith(PAGES + "/project/MGMT");
        assertThat(flagText()).contains("Cancellation").contains("deleted");
        assertThat(driver.findElements(By.cssSelector(".jm-map-link")).stream().map(WebElement::getText)).doesNotContain("Cancellation");
    }

    @Test
    void aLaneIsDeletedThroughADialogThatCountsItsCards() {
        long id = newMap("Upgrade");
        open(PAGES + "/map/" + id);
        WebElement lane = driver.findElements(By.cssSelector(".jm-lane")).stream()
                .filter(l -> "pain-points".equals(l.getAttribute("data-lane-kind"))).findFirst().orElseThrow();
        String laneTitle = lane.findElement(By.cssSelector(".jm-lane-title")).getText();
        js("arguments[0].click()", lane.findElement(By.cssSelector("[data-jm-action='delete-lane']")));
        WebElement body = until(d -> d.findElement(By.id("jm-delete-lane-body")).isDisplayed() ? d.findElement(By.id("jm-delete-lane-body")) : null);
        assertThat(body.getText()).contains(laneTitle).contains("(1)");
        Accessibility.assertNoModerateOrWorseViolations(driver, "delete lane dialog");
        reloadAfter(() -> driver.findElement(By.cssSelector("#jm-delete-lane-dialog button[type=submit]")).click());
        assertThat(driver.findElements(By.cssSelector(".jm-lane[data-lane-kind='pain-points']"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector(".jm-card"))).isEmpty();
        assertThat(flagText()).contains(laneTitle);
    }

    @Test
    void savingTheMapWithoutAnOwnerKeepsTheOwner() {
        long id = newMap("Owners");
        String owner = map(id).get("owner").asText();
        assertThat(owner).isNotEmpty();
        send("PUT", API + "/maps/" + id, "{\"version\":" + map(id).get("version").asLong() + ",\"title\":\"Owners\",\"type\":\"current-state\"}");
        assertThat(map(id).get("owner").asText()).isEqualTo(owner);
    }
}

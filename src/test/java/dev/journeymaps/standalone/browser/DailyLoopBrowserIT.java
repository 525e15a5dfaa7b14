package dev.journeymaps.standalone.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12's end-to-end acceptance: a product manager's daily loop through the pages only. Starting from a project
 * with no maps: create a map, edit its title and scope, add stages and cards, own a pain point from the side panel,
 * open it by its address from the priorities page, make a future state through the dialog, compare, delete a card
 * and undo it. Nothing is set up over REST; axe runs at the states on the way.
 */
class DailyLoopBrowserIT extends MapSteps {

    @Test
    void fromAnEmptyProjectToAnOwnedComparedAndUndoneMap() {
        // The picker opens a project that has no maps yet, by key, in any case.
        open(PAGES + "/projects");
        WebElement key = byId("jm-project-key");
        reloadAfter(() -> key.sendKeys("loop", Keys.ENTER));
        assertThat(driver.getCurrentUrl()).endsWith(PAGES + "/project/LOOP");
        assertThat(driver.findElement(By.cssSelector(".jm-empty h2")).getText()).isEqualTo("No journey maps yet");

        // Create map.
        byId("jm-create-map-button").click();
        WebElement title = until(d -> d.findElement(By.id("jm-map-title")).isDisplayed() ? d.findElement(By.id("jm-map-title")) : null);
        assertAccessible("create map dialog");
        reloadAfter(() -> {
            title.sendKeys("Checkout");
            byId("jm-create-map-submit").click();
        });
        assertThat(byId("jm-map-title-text").getText()).isEqualTo("Checkout");
        String mapUrl = driver.getCurrentUrl();
        assertThat(mapUrl).contains(PAGES + "/map/");
        assertAccessible("a new, empty map");

        // Title and scope, edited in place.
        editInPlace("title", "Checkout (Current state)", Keys.ENTER);
        assertThat(byId("jm-map-title-text").getText()).isEqualTo("Checkout (Current state)");
        driver.findElement(By.cssSelector(".jm-scope-toggle")).click();
        until(d -> byId("jm-edit-journey").isDisplayed());
        editInPlace("journey", "From basket to order confirmation", Keys.ENTER);
        editInPlace("goal", "Pay in under a minute", Keys.chord(Keys.CONTROL, Keys.ENTER));
        editInPlace("purpose", "Decide what to fix before the spring sale", Keys.chord(Keys.CONTROL, Keys.ENTER));
        assertThat(text("jm-scope-journey")).isEqualTo("From basket to order confirmation");
        assertThat(text("jm-scope-goal")).isEqualTo("Pay in under a minute");
        assertThat(text("jm-scope-purpose")).isEqualTo("Decide what to fix before the spring sale");

        // Stages and cards.
        int stagesBefore = driver.findElements(By.cssSelector(".jm-stage")).size();
        addStage("Pay");
        addStage("Confirm");
        List<String> stages = driver.findElements(By.cssSelector(".jm-stage .jm-stage-name")).stream()
                .map(s -> s.getAttribute("textContent").trim()).toList();
        assertThat(stages).hasSize(stagesBefore + 2).endsWith("Pay", "Confirm");
        int pay = stagesBefore;
        addCard("Pain points", pay, "Card declined without a reason");
        addCard("Pain points", pay + 1, "No confirmation e-mail");
        addCard("Opportunities", pay, "Explain why a card was declined");
        assertThat(cardTexts()).contains("Card declined without a reason", "No confirmation e-mail", "Explain why a card was declined");
        assertAccessible("the map with stages and cards");

        // Own a pain point from the side panel (and score it, so it is ranked).
        card("Card declined without a reason").click();
        until(d -> d.findElement(By.id("jm-panel")).isDisplayed());
        assertThat(byId("jm-panel-heading").getText()).isEqualTo("Card declined without a reason");
        String cardId = until(d -> d.getCurrentUrl().contains("?card=") ? d.getCurrentUrl().replaceAll(".*\\?card=", "") : null);
        new Select(byId("jm-triage-impact")).selectByValue("5");
        new Select(byId("jm-triage-feasibility")).selectByValue("4");
        WebElement owner = byId("jm-triage-owner");
        owner.sendKeys("a");
        String someone = until(d -> d.findElements(By.cssSelector("#jm-people option")).stream()
                .map(o -> o.getAttribute("value")).filter(v -> !v.isBlank()).findFirst().orElse(null));
        owner.sendKeys(Keys.chord(Keys.CONTROL, "a"), someone);
        assertAccessible("side panel with owner and score");
        byId("jm-triage-form").findElement(By.cssSelector("button[type=submit]")).click();
        WebElement owned = driver.findElement(By.cssSelector(".jm-card[data-card-id=\"" + cardId + "\"]"));
        until(d -> owned.findElement(By.cssSelector(".jm-owner-name")).getText().equals(someone));
        assertThat(owned.findElement(By.cssSelector(".jm-score-chip")).getText()).endsWith("20");

        // The priorities page ranks it; its row leads to the card on the map, the panel open on it.
        byId("jm-panel-close").click();
        until(d -> !byId("jm-panel").isDisplayed());
        js("window.scrollTo(0, 0)");
        reloadAfter(() -> driver.findElement(By.cssSelector(".jm-priorities-link")).click());
        WebElement row = until(d -> d.findElements(By.cssSelector(".jm-rank-row")).stream()
                .filter(r -> cardId.equals(r.getAttribute("data-card-id"))).findFirst().orElse(null));
        assertThat(row.getText()).contains(someone);
        assertAccessible("priorities page");
        reloadAfter(() -> row.findElement(By.cssSelector("a.jm-rank-text")).click());
        assertThat(driver.getCurrentUrl()).startsWith(mapUrl).endsWith("?card=" + cardId);
        until(d -> d.findElement(By.id("jm-panel")).isDisplayed());
        assertThat(byId("jm-panel-heading").getText()).isEqualTo("Card declined without a reason");
        assertThat(byId("jm-triage-owner").getAttribute("value")).isEqualTo(someone);
        byId("jm-panel-close").click();

        // A future state through the dialog: it opens the new map.
        byId("jm-future-state-open").click();
        WebElement futureTitle = until(d -> d.findElement(By.id("jm-future-state-title")).isDisplayed() ? d.findElement(By.id("jm-future-state-title")) : null);
        assertThat(futureTitle.getAttribute("value")).isEqualTo("Checkout (future state)");
        assertAccessible("future-state dialog");
        reloadAfter(() -> futureTitle.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Checkout, one-minute payment", Keys.ENTER));
        assertThat(byId("jm-map-title-text").getText()).isEqualTo("Checkout, one-minute payment");
        assertThat(driver.getCurrentUrl()).doesNotStartWith(mapUrl);
        assertThat(cardTexts()).contains("Card declined without a reason", "No confirmation e-mail");

        // Change the future state: its declined-card pain point is gone (deleted through the dialog).
        deleteCard("Card declined without a reason");

        // Compare: the current map's history against the future state.
        open(mapUrl.replaceFirst("^.*?" + PAGES, PAGES) + "/history");
        reloadAfter(() -> driver.findElement(By.cssSelector(".jm-compare-map")).click());
        until(d -> !d.findElements(By.id("jm-comparison")).isEmpty());
        assertThat(diffRows("removed")).containsExactly("Card declined without a reason");
        assertThat(diffRows("added")).isEmpty();
        assertAccessible("history with the comparison to the future state");

        // Back on the current map: delete a card through the dialog, then Undo.
        open(mapUrl.replaceFirst("^.*?" + PAGES, PAGES));
        until(d -> !d.findElements(By.cssSelector(".jm-tools:not([hidden])")).isEmpty());
        deleteCard("No confirmation e-mail");
        until(d -> d.findElement(By.cssSelector(".aui-flag .jm-undo"))).click();
        until(d -> cardTexts().contains("No confirmation e-mail"));
        assertThat(cell("Pain points", pay + 1).getText()).contains("No confirmation e-mail");

        // The history tells both.
        open(mapUrl.replaceFirst("^.*?" + PAGES, PAGES) + "/history");
        List<String> trail = driver.findElements(By.cssSelector(".jm-trail tbody tr")).stream()
                .map(r -> r.getText().replaceAll("\\s+", " ")).toList();
        assertThat(trail).as("the history, newest first").anySatisfy(r -> assertThat(r).contains("Undid deleting card", "No confirmation e-mail"));
        assertThat(trail).anySatisfy(r -> assertThat(r).contains("Deleted pain point", "No confirmation e-mail"));
        assertThat(indexOf(trail, "Undid deleting card")).as("the undo after the delete, in %s", trail)
                .isLessThan(indexOf(trail, "Deleted pain point"));
        assertAccessible("history after delete and undo");
    }
}

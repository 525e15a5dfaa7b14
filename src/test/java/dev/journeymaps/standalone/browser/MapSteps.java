package dev.journeymaps.standalone.browser;

import dev.journeymaps.testing.Accessibility;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steps of a walk through the map pages as a user takes them (for DailyLoopBrowserIT): edit in place, add stages
 * and cards through the board's forms, delete a card through its dialog, close flags, read the comparison, and
 * axe-core at critical/serious/moderate as the board's tests check it.
 */
abstract class MapSteps extends PageTest {

    static String text(String id) {
        return byId(id).getAttribute("textContent").trim();
    }

    /** Clicks the field's pencil, types the new value and saves with {@code save}; the board is swapped in at the new version. */
    static void editInPlace(String field, String value, CharSequence save) {
        js("arguments[0].click()", byId("jm-edit-" + field));
        WebElement input = until(d -> d.findElement(By.id("jm-inline-" + field)));
        write(() -> input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, save));
        assertThat(flagText()).contains("Saved");
        closeFlags();
    }

    /** Closes the flags shown (as a user does when one covers what they want to click next). */
    static void closeFlags() {
        for (WebElement close : driver.findElements(By.cssSelector(".aui-flag .aui-close-button"))) {
            if (close.isDisplayed()) {
                close.click();
            }
        }
        until(d -> d.findElements(By.cssSelector(".aui-flag")).stream().noneMatch(WebElement::isDisplayed));
    }

    static long version() {
        return Long.parseLong(byId("jm-root").getAttribute("data-map-version"));
    }

    /** Runs a board write and waits for the board at a newer version, enhanced again by its scripts. */
    static void write(Runnable action) {
        long before = version();
        action.run();
        until(d -> {
            try {
                return version() > before && d.findElements(By.cssSelector("body[aria-busy=true]")).isEmpty()
                        && !d.findElements(By.cssSelector(".jm-tools:not([hidden])")).isEmpty();
            } catch (RuntimeException stale) {
                return false;
            }
        });
    }

    static void addStage(String name) {
        write(() -> {
            WebElement field = byId("jm-new-stage-name");
            field.clear();
            field.sendKeys(name);
            driver.findElement(By.cssSelector("#jm-add-stage-form button[type=submit]")).click();
        });
    }

    static WebElement cell(String laneTitle, int stageIndex) {
        WebElement lane = driver.findElements(By.cssSelector(".jm-lane")).stream()
                .filter(l -> l.findElement(By.cssSelector(".jm-lane-title")).getAttribute("textContent").trim().equals(laneTitle))
                .findFirst().orElseThrow(() -> new AssertionError("no lane " + laneTitle));
        return lane.findElements(By.cssSelector(".jm-cell")).get(stageIndex);
    }

    static void addCard(String laneTitle, int stageIndex, String text) {
        write(() -> {
            WebElement cell = cell(laneTitle, stageIndex);
            js("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", cell);
            new Actions(driver).moveToElement(cell).perform();
            cell.findElement(By.cssSelector(".jm-add-card")).click();
            WebElement form = cell.findElement(By.cssSelector(".jm-add-card-form"));
            form.findElement(By.name("text")).sendKeys(text);
            form.findElement(By.cssSelector("button[type=submit]")).click();
        });
    }

    static List<String> cardTexts() {
        return driver.findElements(By.cssSelector(".jm-card .jm-card-text")).stream().map(c -> c.getAttribute("textContent").trim()).toList();
    }

    static WebElement card(String text) {
        return until(d -> d.findElements(By.cssSelector(".jm-card")).stream()
                .filter(c -> c.findElement(By.cssSelector(".jm-card-text")).getAttribute("textContent").trim().equals(text))
                .findFirst().orElse(null));
    }

    /** Opens the card, asks to delete it and confirms in the dialog (which says it can be undone). */
    static void deleteCard(String text) {
        card(text).click();
        until(d -> d.findElement(By.id("jm-panel")).isDisplayed());
        byId("jm-delete-card").click();
        WebElement dialog = until(d -> d.findElement(By.id("jm-confirm-dialog")).isDisplayed() ? d.findElement(By.id("jm-confirm-dialog")) : null);
        assertThat(dialog.getText()).contains(text).contains("undo");
        assertAccessible("delete card dialog");
        byId("jm-confirm-ok").click();
        until(d -> !cardTexts().contains(text));
    }

    static int indexOf(List<String> rows, String text) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    static List<String> diffRows(String kind) {
        return driver.findElements(By.cssSelector(".jm-diff-" + kind + " .jm-diff-text")).stream().map(WebElement::getText).toList();
    }

    /** axe-core on what the page shows now: no critical, serious or moderate violation (as the board's tests). */
    static void assertAccessible(String state) {
        Accessibility.assertNoModerateOrWorseViolations(driver, state);
    }
}

package dev.journeymaps.standalone;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.function.Function;

/** Small helpers for the editor's browser tests: waiting out the reload after a write, typing into forms. */
final class Browser {
    private final WebDriver driver;

    Browser(WebDriver driver) {
        this.driver = driver;
    }

    <T> T until(Function<WebDriver, T> condition) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait.until(condition);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The map version the page was rendered at; a write reloads the page at the next one. */
    long version() {
        return Long.parseLong(driver.findElement(By.id("jm-root")).getAttribute("data-map-version"));
    }

    /**
     * Runs {@code action} (a write) and waits for the board at a newer map version, enhanced by its scripts: updated in
     * place, or re-rendered and swapped in (the body is {@code aria-busy} meanwhile).
     */
    void write(Runnable action) {
        long before = version();
        action.run();
        until(d -> {
            try {
                return version() > before && !d.findElements(By.cssSelector(".jm-add-card:not([hidden]), .jm-empty")).isEmpty()
                        && d.findElements(By.cssSelector("body[aria-busy=true]")).isEmpty();
            } catch (RuntimeException stale) {
                return false;
            }
        });
    }

    /**
     * Runs {@code action} (a write whose page reloads itself) and waits until a new document is loaded: the old
     * one's marker is gone. Chromium may answer with a plain WebDriverException while navigating; it just means
     * "not yet", as a stale element does.
     */
    void reloadAfter(Runnable action) {
        js("window.__jmOldPage = true");
        action.run();
        until(d -> {
            try {
                return Boolean.TRUE.equals(js("return window.__jmOldPage === undefined && document.readyState === 'complete'"));
            } catch (org.openqa.selenium.WebDriverException navigating) {
                return false;
            }
        });
    }

    /** Clicks through script: header tools only appear on hover, which headless Chromium does not do by itself. */
    void click(WebElement element) {
        js("arguments[0].click()", element);
    }

    void type(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
    }

    void select(WebElement select, String value) {
        new Select(select).selectByValue(value);
    }

    WebElement lane(String title) {
        return driver.findElements(By.cssSelector(".jm-lane")).stream()
                .filter(lane -> lane.findElement(By.cssSelector(".jm-lane-title")).getAttribute("textContent").equals(title))
                .findFirst().orElseThrow(() -> new AssertionError("no lane " + title));
    }

    WebElement cell(String laneTitle, int stageIndex) {
        return lane(laneTitle).findElements(By.cssSelector(".jm-cell")).get(stageIndex);
    }

    WebElement card(String text) {
        return driver.findElements(By.cssSelector(".jm-card")).stream()
                .filter(card -> card.findElement(By.cssSelector(".jm-card-text")).getText().equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no card " + text));
    }

    /** A cell's "Add card" button, shown as the pointer rests on the cell (it is hidden until then). */
    WebElement addCardButton(WebElement cell) {
        new org.openqa.selenium.interactions.Actions(driver).moveToElement(cell).perform();
        return cell.findElement(By.cssSelector(".jm-add-card"));
    }

    /** Adds a card through a cell's inline form; {@code emotion}/{@code channel} may be null. */
    void addCard(String laneTitle, int stageIndex, String text, String emotion, String channel) {
        write(() -> {
            WebElement cell = cell(laneTitle, stageIndex);
            addCardButton(cell).click();
            WebElement form = cell.findElement(By.cssSelector(".jm-add-card-form"));
            form.findElement(By.name("text")).sendKeys(text);
            if (emotion != null) {
                select(form.findElement(By.name("emotion")), emotion);
            }
            if (channel != null) {
                select(form.findElement(By.name("channel")), channel);
            }
            form.findElement(By.cssSelector("button[type=submit]")).click();
        });
    }

    /** Drags a card onto a cell with the HTML5 drag-and-drop events a real drag fires. */
    void dragCardTo(WebElement card, WebElement cell) {
        write(() -> js("var card = arguments[0], cell = arguments[1], data = new DataTransfer();"
                + "function fire(el, type) { el.dispatchEvent(new DragEvent(type, {bubbles: true, cancelable: true, dataTransfer: data,"
                + " clientX: cell.getBoundingClientRect().left + 10, clientY: cell.getBoundingClientRect().bottom - 4})); }"
                + "fire(card, 'dragstart'); fire(cell, 'dragenter'); fire(cell, 'dragover'); fire(cell, 'drop'); fire(card, 'dragend');",
                card, cell));
    }
}

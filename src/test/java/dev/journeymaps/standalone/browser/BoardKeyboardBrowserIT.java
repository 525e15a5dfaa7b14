package dev.journeymaps.standalone.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, point 11: a skip link to the board, the board as one Tab stop with arrow keys between cards, an
 * accessible name on every card; on the priorities page no focusable score without a role, and a matrix dot that
 * leads to its card with the focus on it.
 */
class BoardKeyboardBrowserIT extends BoardBrowserTest {

    private static WebElement active() {
        return driver.switchTo().activeElement();
    }

    @Test
    void theSkipLinkLandsOnTheBoardAndArrowKeysMoveBetweenCards() {
        openMap("");
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertThat(active().getAttribute("id")).as("the first Tab stop is the skip link").isEqualTo("jm-skip-to-board");
        active().sendKeys(Keys.ENTER);
        WebElement first = active();
        assertThat(first.getAttribute("class")).contains("jm-card");

        List<WebElement> stops = driver.findElements(By.cssSelector(".jm-board [tabindex='0'], .jm-board a[href]:not([tabindex]), .jm-board button:not([tabindex])"));
        assertThat(stops).as("the board is one Tab stop").hasSize(1);

        String stage = first.findElement(By.xpath("./ancestor::div[contains(@class,'jm-cell')]")).getAttribute("data-stage-id");
        first.sendKeys(Keys.ARROW_RIGHT);
        WebElement right = active();
        assertThat(right.getAttribute("class")).contains("jm-card");
        assertThat(right.findElement(By.xpath("./ancestor::div[contains(@class,'jm-cell')]")).getAttribute("data-stage-id")).isNotEqualTo(stage);
        assertThat(right.getAttribute("tabindex")).isEqualTo("0");
        assertThat(first.getAttribute("tabindex")).isEqualTo("-1");
        right.sendKeys(Keys.ARROW_LEFT);
        assertThat(active().getAttribute("data-card-id")).isEqualTo(first.getAttribute("data-card-id"));
        active().sendKeys(Keys.ARROW_DOWN);
        assertThat(active().getAttribute("data-card-id")).isNotEqualTo(first.getAttribute("data-card-id"));

        active().sendKeys(Keys.ENTER);
        until(d -> d.findElement(By.id("jm-panel")).isDisplayed());
    }

    @Test
    void everyCardHasAnAccessibleName() {
        openMap("");
        List<WebElement> cards = driver.findElements(By.cssSelector(".jm-card"));
        assertThat(cards).hasSizeGreaterThan(40).allSatisfy(card -> assertThat(card.getAccessibleName())
                .isEqualTo(card.findElement(By.cssSelector(".jm-card-text")).getAttribute("textContent").trim()));
        assertAccessible("map view");
    }

    @Test
    void onThePrioritiesPageScoresAreNotFocusableAndADotLeadsToItsCardWithTheFocus() {
        driver.get(server.url(mapPath() + "/priorities"));
        until(d -> !d.findElements(By.cssSelector(".jm-rank-row")).isEmpty());
        assertThat(driver.findElements(By.cssSelector(".jm-score[tabindex]"))).isEmpty();

        WebElement dot = driver.findElements(By.cssSelector(".jm-dot")).get(0);
        String cardId = dot.getAttribute("data-card-id");
        js("arguments[0].focus()", dot);
        active().sendKeys(Keys.ENTER);
        until(d -> d.findElement(By.id("jm-panel")).isDisplayed());
        assertThat(active().getAttribute("id")).as("the focus is in the card's panel").isEqualTo("jm-card-text");
        driver.findElement(By.id("jm-panel")).sendKeys(Keys.ESCAPE);
        until(d -> !d.findElement(By.id("jm-panel")).isDisplayed());
        assertThat(active().getAttribute("data-card-id")).isEqualTo(cardId);
    }
}

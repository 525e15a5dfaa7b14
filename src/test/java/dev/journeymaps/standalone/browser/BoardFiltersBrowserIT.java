package dev.journeymaps.standalone.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 12, point 7: the work filter lights exactly the cards it names, says how many, and dims readably. */
class BoardFiltersBrowserIT extends BoardBrowserTest {

    @Test
    void inProgressLightsOnlyStartedWorkAndSaysHowManyCardsMatch() {
        openMap("?work=in-progress");

        List<WebElement> lit = driver.findElements(By.cssSelector(".jm-card[data-action-state]:not(.jm-card-dimmed)"));
        assertThat(lit).isNotEmpty().allSatisfy(card ->
                assertThat(card.getAttribute("data-action-state")).as(card.getText()).isEqualTo("in-progress"));
        assertThat(driver.findElements(By.cssSelector(".jm-card[data-action-state=planned]:not(.jm-card-dimmed)")))
                .as("planned work (Jira's To Do) is not in progress").isEmpty();
        long actionable = driver.findElements(By.cssSelector(".jm-card[data-action-state]")).size();
        assertThat(driver.findElement(By.id("jm-filter-count")).getText())
                .isEqualTo(lit.size() + " of " + actionable + " pain points and opportunities match");

        openMap("?work=planned");
        assertThat(driver.findElements(By.cssSelector(".jm-card[data-action-state]:not(.jm-card-dimmed)")))
                .isNotEmpty().allSatisfy(card -> assertThat(card.getAttribute("data-action-state")).isEqualTo("planned"));
    }

    @Test
    void dimmedCardsKeepTheirContrastAndStatusNamesAreNotCut() {
        openMap("?work=done");
        assertThat(driver.findElements(By.cssSelector(".jm-card-dimmed"))).hasSizeGreaterThan(10);
        assertAccessible("map view, filter on");

        List<WebElement> lozenges = driver.findElements(By.cssSelector(".jm-card .jm-status-lozenge"));
        assertThat(lozenges).isNotEmpty().allSatisfy(lozenge -> assertThat(
                (Boolean) js("var l = arguments[0]; return l.scrollWidth <= l.clientWidth + 1;", lozenge))
                .as("status %s is shown whole", lozenge.getAttribute("textContent")).isTrue());
    }
}

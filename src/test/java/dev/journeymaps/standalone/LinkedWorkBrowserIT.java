package dev.journeymaps.standalone;

import dev.journeymaps.testing.Accessibility;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Linked work on the demo map in headless Chromium, against the standalone server with its demo issues: the
 * status drawn on the cards and the stage roll-up, and linking an issue through the side panel's picker.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the screenshot shows the demo as seeded, before any test links
class LinkedWorkBrowserIT extends BrowserTest {
    /** Unlinked in the demo (Evaluate stage); DEMO-33 is a cached demo issue no card links to. */
    private static final String UNLINKED_PAIN = "Demo data looks nothing like a real warehouse";
    /** Also unlinked in the demo (Onboard stage), for creating an issue from it. */
    private static final String KICK_OFF_PAIN = "Kick-off call is booked 10 days out";



    private static void openDemoMap() {
        driver.get(server.url("/"));
        browser.until(d -> !d.findElements(By.cssSelector(".jm-add-card:not([hidden])")).isEmpty());
    }

    private static String stageRollup(WebElement card) {
        String stageId = card.findElement(By.xpath("ancestor::div[contains(@class,'jm-cell')]")).getAttribute("data-stage-id");
        return driver.findElement(By.cssSelector(".jm-stage-rollup[data-stage-id=\"" + stageId + "\"] .jm-stage-rollup-text")).getText();
    }

    @Test
    void linkingACachedIssueThroughThePickerShowsItsLozengeProgressActionStateAndStageRollup() {
        openDemoMap();
        WebElement card = browser.card(UNLINKED_PAIN);
        assertThat(card.getAttribute("data-action-state")).isEqualTo("no-action");
        assertThat(card.findElement(By.cssSelector(".jm-action-state")).getText()).isEqualToIgnoringCase("No action");
        assertThat(card.findElements(By.cssSelector(".jm-work-issue"))).isEmpty();
        assertThat(card.findElements(By.cssSelector(".jm-progress"))).isEmpty();
        assertThat(stageRollup(card)).isEqualTo("2 of 4 with work, 2 done");

        card.click();
        browser.until(d -> d.findElement(By.id("jm-linked-work")).isDisplayed());
        assertThat(driver.findElement(By.id("jm-linked-empty")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("jm-create-summary")).getAttribute("value")).isEqualTo(UNLINKED_PAIN);
        WebElement search = driver.findElement(By.id("jm-issue-search"));
        search.sendKeys("sample CSV");
        browser.until(d -> !d.findElements(By.cssSelector("#jm-issue-results [role=option]")).isEmpty());
        WebElement option = driver.findElement(By.cssSelector("#jm-issue-results [role=option][aria-selected=true]"));
        assertThat(option.getText()).contains("DEMO-33", "Sample CSV upload for the product demo");
        assertThat(search.getAttribute("aria-activedescendant")).isEqualTo(option.getAttribute("id"));
        browser.write(() -> search.sendKeys(Keys.ENTER));

        WebElement after = browser.card(UNLINKED_PAIN);
        assertThat(after.getAttribute("data-action-state")).isEqualTo("planned");
        assertThat(after.findElement(By.cssSelector(".jm-action-state")).getText()).isEqualToIgnoringCase("Planned");
        WebElement issue = after.findElement(By.cssSelector(".jm-work-issue"));
        assertThat(issue.findElement(By.cssSelector(".jm-issue-key")).getText()).isEqualTo("DEMO-33");
        WebElement lozenge = issue.findElement(By.cssSelector(".jm-status-lozenge"));
        assertThat(lozenge.getText()).isEqualToIgnoringCase("To Do");
        assertThat(lozenge.getAttribute("class")).doesNotContain("aui-lozenge-current").doesNotContain("aui-lozenge-success");
        WebElement progress = after.findElement(By.cssSelector(".jm-progress"));
        assertThat(progress.getAttribute("aria-label")).isEqualTo("Linked work: 0/1 done");
        assertThat(after.findElement(By.cssSelector(".jm-progress-text")).getText()).isEqualTo("0/1 done");
        assertThat(stageRollup(after)).isEqualTo("3 of 4 with work, 2 done");
        // The page came back with the panel open on the same card, its new link listed.
        browser.until(d -> d.findElement(By.id("jm-panel")).isDisplayed());
        assertThat(driver.findElement(By.cssSelector("#jm-linked-list .jm-issue-key")).getText()).isEqualTo("DEMO-33");
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("jm-issue-search");
    }

    @Test
    @Order(1)
    void theDemoMapShowsJiraColouredLozengesVerifyTheFixAndTheMapRollup() throws Exception {
        openDemoMap();

        assertThat(driver.findElements(By.cssSelector(".jm-status-lozenge.aui-lozenge-current"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector(".jm-status-lozenge.aui-lozenge-success"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector(".jm-action-verify-the-fix")).get(0).getText()).isEqualToIgnoringCase("Verify the fix");
        assertThat(driver.findElement(By.cssSelector(".jm-stat-coverage dd")).getText()).endsWith("%");
        assertThat(driver.findElements(By.cssSelector(".jm-stage-rollup"))).hasSize(6);

        driver.findElement(By.cssSelector("[data-work-filter=unlinked]")).click();
        browser.until(d -> d.getCurrentUrl().endsWith("?work=unlinked"));
        browser.until(d -> !d.findElements(By.cssSelector(".jm-add-card:not([hidden])")).isEmpty());
        assertThat(driver.findElement(By.cssSelector("[data-work-filter=unlinked]")).getAttribute("aria-current")).isEqualTo("page");
        assertThat(driver.findElements(By.cssSelector(".jm-card[data-action-state=no-action]:not(.jm-card-dimmed)"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector(".jm-card[data-action-state=in-progress]:not(.jm-card-dimmed)"))).isEmpty();

        openDemoMap();
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.querySelector('.jm-board').style.maxHeight = 'none'; window.scrollTo(0, 0);");
        driver.manage().window().setSize(new Dimension(1600, 2600));
        Path shot = Path.of("target", "screenshots", "map-view-linked-work.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(new Dimension(1600, 1000));
    }

    @Test
    void creatingAStoryFromAPainPointLinksItAtOnceAndUnlinkingItLeavesTheCardWithoutAction() {
        openDemoMap();
        WebElement card = browser.card(KICK_OFF_PAIN);
        assertThat(card.getAttribute("data-action-state")).isEqualTo("no-action");
        card.click();
        browser.until(d -> d.findElement(By.id("jm-linked-work")).isDisplayed());
        browser.select(driver.findElement(By.id("jm-create-type")), "Story");
        browser.type(driver.findElement(By.id("jm-create-summary")), "Offer self-serve kick-off slots within 2 days");
        browser.write(() -> driver.findElement(By.cssSelector("#jm-create-issue button[type=submit]")).click());

        WebElement created = browser.card(KICK_OFF_PAIN).findElement(By.cssSelector(".jm-work-issue"));
        assertThat(created.getAttribute("data-issue-summary")).isEqualTo("Offer self-serve kick-off slots within 2 days");
        String key = created.getAttribute("data-issue-key");
        assertThat(key).startsWith("DEMO-");
        assertThat(created.findElement(By.cssSelector(".jm-status-lozenge")).getText()).isEqualToIgnoringCase("To Do");
        assertThat(browser.card(KICK_OFF_PAIN).getAttribute("data-action-state")).isEqualTo("planned");

        browser.until(d -> d.findElement(By.id("jm-panel")).isDisplayed());
        WebElement unlink = driver.findElement(By.cssSelector("#jm-linked-list .jm-unlink"));
        assertThat(unlink.getAttribute("aria-label")).contains(key);
        browser.write(unlink::click);

        WebElement after = browser.card(KICK_OFF_PAIN);
        assertThat(after.getAttribute("data-action-state")).isEqualTo("no-action");
        assertThat(after.findElements(By.cssSelector(".jm-work-issue"))).isEmpty();
        browser.until(d -> d.findElement(By.id("jm-panel")).isDisplayed());
        assertThat(driver.findElement(By.id("jm-linked-empty")).isDisplayed()).isTrue();
    }

    @Test
    void theMapWithStatusAndThePanelsLinkedWorkHaveNoSeriousAccessibilityViolations() {
        openDemoMap();
        assertNoModerateOrWorseViolations("map view with status");

        browser.card("Weekly email breaks silently when a column is renamed").click();
        browser.until(d -> d.findElement(By.id("jm-linked-work")).isDisplayed()
                && !d.findElements(By.cssSelector("#jm-linked-list .jm-linked-item")).isEmpty());
        driver.findElement(By.id("jm-issue-search")).sendKeys("DEMO");
        browser.until(d -> !d.findElements(By.cssSelector("#jm-issue-results [role=option]")).isEmpty());
        assertNoModerateOrWorseViolations("side panel with linked work and picker results");
    }

    private static void assertNoModerateOrWorseViolations(String page) {
        Accessibility.assertNoModerateOrWorseViolations(driver, page);
    }
}

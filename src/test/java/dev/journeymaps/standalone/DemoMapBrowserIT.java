package dev.journeymaps.standalone;

import dev.journeymaps.testing.Accessibility;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo map in headless Chromium, served by the standalone server with its real database and REST API. */
class DemoMapBrowserIT extends BrowserTest {



    private static WebDriverWait waiting() {
        // A write reloads the page, so an element read while waiting may belong to the page being replaced.
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    private static void openHome() {
        driver.get(server.url("/"));
        waiting().until(d -> !d.findElements(By.cssSelector(".jm-add-card:not([hidden])")).isEmpty());
    }

    @Test
    void theHomePageShowsTheDemoMapWithItsStagesLanesAndCards() throws Exception {
        openHome();

        assertThat(driver.getTitle()).contains("evaluation to first value");
        assertThat(driver.findElements(By.cssSelector(".jm-stage"))).hasSize(6);
        assertThat(driver.findElement(By.cssSelector(".jm-stage .jm-stage-name")).getText()).isEqualTo("Discover");
        assertThat(driver.findElements(By.cssSelector(".jm-card")).size()).isGreaterThanOrEqualTo(40);
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("Warehouse connection needs IT credentials");
        Path shot = Path.of("target", "screenshots", "demo-map.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void aCardAddedThroughTheUiIsSavedAndShownAfterAReload() {
        openHome();
        long mapId = Long.parseLong(driver.findElement(By.id("jm-root")).getAttribute("data-map-id"));
        WebElement painRow = driver.findElement(By.cssSelector(".jm-kind-pain-points"));
        WebElement cell = painRow.findElements(By.cssSelector(".jm-cell")).get(2);
        int before = cell.findElements(By.cssSelector(".jm-card")).size();

        browser.addCardButton(cell).click();
        WebElement form = cell.findElement(By.cssSelector(".jm-add-card-form"));
        form.findElement(By.name("text")).sendKeys("Trial users cannot invite IT to help");
        form.findElement(By.name("details")).sendKeys("Heard in 4 of 12 onboarding calls");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        waiting().until(d -> d.findElement(By.tagName("body")).getText().contains("Trial users cannot invite IT to help")
                && d.findElements(By.cssSelector(".jm-add-card-form")).isEmpty());
        driver.navigate().refresh();
        WebElement cellAfter = driver.findElement(By.cssSelector(".jm-kind-pain-points"))
                .findElements(By.cssSelector(".jm-cell")).get(2);
        List<String> texts = cellAfter.findElements(By.cssSelector(".jm-card-text")).stream().map(WebElement::getText).toList();
        assertThat(texts).hasSize(before + 1).last().isEqualTo("Trial users cannot invite IT to help");

        JsonNode map = server.get("/rest/journeymaps/1.0/maps/" + mapId).json();
        assertThat(map.get("cards").findValuesAsText("text")).contains("Trial users cannot invite IT to help");
        assertThat(map.get("cards").findValuesAsText("details")).contains("Heard in 4 of 12 onboarding calls");
    }

    @Test
    void theDemoMapShowsItsEmotionCurvePersonaChannelSwitchesAndEvidence() throws Exception {
        openHome();

        assertThat(driver.findElement(By.cssSelector(".jm-curve-path")).getAttribute("d")).startsWith("M").contains("C");
        assertThat(driver.findElement(By.cssSelector(".jm-curve-lowest .jm-curve-low-label")).getAttribute("textContent")).contains("Onboard");
        assertThat(driver.findElement(By.cssSelector(".jm-scope-persona .jm-persona-name")).getAttribute("textContent")).startsWith("Priya");
        assertThat(driver.findElements(By.cssSelector(".jm-switch"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector(".jm-evidence-count")).size()).isGreaterThanOrEqualTo(4);
        assertThat(driver.findElements(By.cssSelector(".jm-assumption")).size()).isGreaterThanOrEqualTo(4);
        assertThat(driver.findElement(By.id("jm-validation")).getText()).contains("pain points and opportunities backed by evidence");
        // The screenshot of the README: the whole board with the curve, at a size where the cards read.
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.querySelector('.jm-board').style.maxHeight = 'none'; window.scrollTo(0, 0);");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1600, 2350));
        Path shot = Path.of("target", "screenshots", "map-view.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1600, 1000));
    }

    @Test
    void theOpenSidePanelIsKeyboardAccessibleAndHasNoSeriousAccessibilityViolations() {
        openHome();
        WebElement card = driver.findElements(By.cssSelector(".jm-kind-pain-points .jm-card")).get(3);
        card.sendKeys(org.openqa.selenium.Keys.ENTER);
        waiting().until(d -> d.findElement(By.id("jm-panel")).isDisplayed());
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("jm-card-text");

        assertNoModerateOrWorseViolations("side panel");

        driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ESCAPE);
        waiting().until(d -> !d.findElement(By.id("jm-panel")).isDisplayed());
        assertThat(driver.switchTo().activeElement().getAttribute("data-card-id")).isEqualTo(card.getAttribute("data-card-id"));
    }

    @Test
    void theMapViewAndTheMapListHaveNoSeriousAccessibilityViolations() {
        openHome();
        assertNoModerateOrWorseViolations("map view");
        driver.get(server.url("/plugins/servlet/journeymaps/project/DEMO"));
        waiting().until(d -> !d.findElements(By.id("jm-create-map-button")).isEmpty());
        assertNoModerateOrWorseViolations("map list");
    }

    private static void assertNoModerateOrWorseViolations(String page) {
        Accessibility.assertNoModerateOrWorseViolations(driver, page);
    }
}

package dev.journeymaps.web.page;

import dev.journeymaps.testing.Accessibility;
import dev.journeymaps.testing.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The enhanced pages in Debian's headless chromium, on the preview files PagePreviewTest writes (no
 * server: REST calls fail, which exercises the error path). Run by failsafe in {@code mvn verify}.
 */
class MapPagesBrowserIT {
    private static final Path PAGES = Path.of("target", "pages").toAbsolutePath();
    private static WebDriver driver;

    @BeforeAll
    static void startBrowser() {
        assertThat(PAGES.resolve("map-view.html")).as("PagePreviewTest writes the pages").exists();
        driver = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static void open(String page) {
        driver.get(PAGES.resolve(page).toUri().toString());
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector(".jm-add-card:not([hidden]), #jm-create-map-button:not([hidden])")).isEmpty());
    }

    @Test
    void addCardOpensAnInlineFormThatEscapeCloses() {
        open("map-view.html");
        List<WebElement> buttons = driver.findElements(By.cssSelector(".jm-add-card"));
        // "Add card" shows only where the pointer or the focus is, so 36 buttons do not crowd the board.
        assertThat(buttons).hasSize(36).noneMatch(WebElement::isDisplayed);

        WebElement cell = buttons.get(7).findElement(By.xpath("./ancestor::div[contains(@class,'jm-cell')]"));
        new org.openqa.selenium.interactions.Actions(driver).moveToElement(cell).perform();
        buttons.get(7).click();
        WebElement text = driver.switchTo().activeElement();
        assertThat(text.getAttribute("name")).isEqualTo("text");
        text.sendKeys(Keys.ESCAPE);

        assertThat(driver.findElements(By.cssSelector(".jm-add-card-form"))).isEmpty();
        assertThat(buttons.get(7).isDisplayed()).isTrue();
    }

    @Test
    void aFailedSaveShowsTheErrorAndKeepsWhatWasTyped() {
        open("map-view.html");
        WebElement button = driver.findElements(By.cssSelector(".jm-add-card")).get(3);
        new org.openqa.selenium.interactions.Actions(driver).moveToElement(button.findElement(By.xpath(".."))).perform();
        button.click();
        WebElement form = driver.findElement(By.cssSelector(".jm-add-card-form"));
        form.findElement(By.name("text")).sendKeys("Coupon field is hidden");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        WebElement error = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.cssSelector(".jm-add-card-form .aui-message-error")));
        assertThat(error.getText()).contains("Your change was not saved", "Could not reach the server");
        assertThat(form.findElement(By.name("text")).getAttribute("value")).isEqualTo("Coupon field is hidden");
    }

    @Test
    void aDraftKeptAfterAConflictComesBackIntoItsCell() {
        open("map-view.html");
        WebElement cell = driver.findElements(By.cssSelector(".jm-cell")).get(9);
        String mapId = driver.findElement(By.cssSelector(".jm-root")).getAttribute("data-map-id");
        ((JavascriptExecutor) driver).executeScript("sessionStorage.setItem('journeymaps.draft.' + arguments[0], JSON.stringify("
                + "{laneId: Number(arguments[1]), stageId: Number(arguments[2]), text: 'Kept text', details: 'Kept details'}))",
                mapId, cell.getAttribute("data-lane-id"), cell.getAttribute("data-stage-id"));

        open("map-view.html");

        WebElement form = driver.findElements(By.cssSelector(".jm-cell")).get(9).findElement(By.cssSelector(".jm-add-card-form"));
        assertThat(form.findElement(By.name("text")).getAttribute("value")).isEqualTo("Kept text");
        assertThat(form.findElement(By.name("details")).getAttribute("value")).isEqualTo("Kept details");
    }

    @Test
    void createMapOpensTheAuiDialogWithTheTitleFocused() {
        open("map-list.html");
        driver.findElement(By.id("jm-create-map-button")).click();

        WebElement dialog = driver.findElement(By.id("jm-create-map-dialog"));
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> dialog.isDisplayed());
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("jm-map-title");
    }

    @Test
    void bothPagesHaveNoSeriousAccessibilityViolations() {
        for (String page : List.of("map-view.html", "map-list.html")) {
            open(page);
            Accessibility.assertNoModerateOrWorseViolations(driver, page);
        }
    }

}

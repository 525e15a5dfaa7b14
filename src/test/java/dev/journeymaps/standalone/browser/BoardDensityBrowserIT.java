package dev.journeymaps.standalone.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, point 13: the board gets the screen. At 1280×800 three rows of cards show without scrolling; "Add card"
 * appears where the pointer or focus is; a lane says its kind once; long stage names are clamped. Also takes the
 * screenshots of the map for docs/ at 1280×800 and 1440×900.
 */
class BoardDensityBrowserIT extends BoardBrowserTest {

    /** Sizes the window so that the page itself gets {@code width}×{@code height} (the browser's own bars come on top). */
    private static void viewport(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        long bars = ((Number) js("return window.outerHeight - window.innerHeight")).longValue();
        driver.manage().window().setSize(new Dimension(width, height + (int) bars));
    }

    @Test
    void onA1280By800ViewportThreeRowsOfCardsShowWithoutScrolling() throws Exception {
        viewport(1280, 800);
        openMap("");
        assertThat(((Number) js("return window.innerHeight")).intValue()).isEqualTo(800);
        long viewport = ((Number) js("return window.innerHeight")).longValue();
        Number rowsInView = (Number) js("var h = arguments[0], rows = 0;"
                + "document.querySelectorAll('.jm-lane').forEach(function (lane) {"
                + "  var card = lane.querySelector('.jm-card'); if (!card) { return; }"
                + "  var box = card.getBoundingClientRect(); if (box.top >= 0 && box.top + 24 <= h) { rows++; } });"
                + "return rows;", viewport);
        shoot("map-1280x800.png");
        assertThat(rowsInView.intValue()).as("lanes whose first card shows at 1280×800").isGreaterThanOrEqualTo(3);
        viewport(1440, 900);
        openMap("");
        shoot("map-1440x900.png");
        driver.manage().window().setSize(new Dimension(1280, 800));
    }

    @Test
    void addCardShowsWhereThePointerOrTheFocusIs() {
        openMap("");
        List<WebElement> buttons = driver.findElements(By.cssSelector(".jm-add-card"));
        assertThat(buttons).hasSize(6 * driver.findElements(By.cssSelector(".jm-lane")).size()).noneMatch(WebElement::isDisplayed);

        WebElement cell = driver.findElements(By.cssSelector(".jm-lane .jm-cell")).get(2);
        new Actions(driver).moveToElement(cell).perform();
        assertThat(cell.findElement(By.cssSelector(".jm-add-card")).isDisplayed()).isTrue();

        new Actions(driver).moveToElement(driver.findElement(By.cssSelector(".jm-map-title"))).perform();
        WebElement other = driver.findElements(By.cssSelector(".jm-lane .jm-cell")).get(3).findElement(By.cssSelector(".jm-add-card"));
        js("arguments[0].focus()", other);
        assertThat(other.isDisplayed()).as("the focused button shows").isTrue();
    }

    @Test
    void aLaneSaysItsKindOnceAndLongStageNamesAreClamped() {
        String long_ = "Evaluate the vendors again with procurement, legal, security and the budget owner before signing";
        long stageId = server.json(API + "/maps/" + mapId).get("stages").get(1).get("id").asLong();
        long version = server.json(API + "/maps/" + mapId).get("version").asLong();
        assertThat(server.put(API + "/maps/" + mapId + "/stages/" + stageId, "{\"version\":" + version + ",\"name\":\"" + long_ + "\"}"))
                .isEqualTo(200);
        openMap("");

        for (WebElement lane : driver.findElements(By.cssSelector(".jm-lane-header"))) {
            List<WebElement> kind = lane.findElements(By.cssSelector(".jm-lane-kind"));
            String title = lane.findElement(By.cssSelector(".jm-lane-title")).getText();
            assertThat(kind.isEmpty() || !kind.get(0).getText().equalsIgnoreCase(title)).as("lane %s", title).isTrue();
        }
        WebElement stage = driver.findElement(By.cssSelector(".jm-stage[data-stage-id=\"" + stageId + "\"]"));
        assertThat(stage.getRect().getHeight()).as("a long name takes two lines, not seven").isLessThanOrEqualTo(56);
        assertThat(stage.findElement(By.cssSelector(".jm-stage-name")).getAttribute("title")).isEqualTo(long_);
        assertThat(server.put(API + "/maps/" + mapId + "/stages/" + stageId, "{\"version\":" + (version + 1) + ",\"name\":\"Evaluate\"}"))
                .isEqualTo(200);
    }

    private static void shoot(String name) throws Exception {
        js("window.scrollTo(0, 0)");
        Path shot = Path.of("target", "screenshots", name);
        Files.createDirectories(shot.getParent());
        Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}

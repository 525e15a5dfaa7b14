package dev.journeymaps.standalone.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The screenshots of the demo map's priorities and history pages for docs/, at 1280×800 and 1440×900 of page
 * (the map's own are BoardDensityBrowserIT's). Written under target/screenshots; each page must have rendered
 * its content before it is taken.
 */
class DemoScreenshotsBrowserIT extends BoardBrowserTest {

    /** Sizes the window so that the page itself gets {@code width}×{@code height} (the browser's own bars come on top). */
    private static void viewport(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        long bars = ((Number) js("return window.outerHeight - window.innerHeight")).longValue();
        driver.manage().window().setSize(new Dimension(width, height + (int) bars));
    }

    @AfterEach
    void backTo1280By800() {
        driver.manage().window().setSize(new Dimension(1280, 800));
    }

    @Test
    void prioritiesAndHistoryOfTheDemoMapAtBothSizes() throws Exception {
        for (int[] size : new int[][] {{1280, 800}, {1440, 900}}) {
            viewport(size[0], size[1]);
            driver.get(server.url(mapPath() + "/priorities"));
            until(d -> !d.findElements(By.cssSelector(".jm-rank-row")).isEmpty());
            assertThat(((Number) js("return window.innerWidth")).intValue()).isEqualTo(size[0]);
            shoot("priorities-" + size[0] + "x" + size[1] + ".png");

            driver.get(server.url(mapPath() + "/history"));
            until(d -> !d.findElements(By.cssSelector(".jm-trail tbody tr, #jm-compare-form")).isEmpty());
            shoot("history-" + size[0] + "x" + size[1] + ".png");
        }
    }

    private static void shoot(String name) throws Exception {
        js("window.scrollTo(0, 0)");
        Path shot = Path.of("target", "screenshots", name);
        Files.createDirectories(shot.getParent());
        Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}

package dev.journeymaps.standalone.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, screens at a 1280×800 page (the demo map, as a new user first sees it): every stage of the map fits
 * the width, the priorities page's ranked action list starts on the first screen, the Review box never says "Up to
 * date" beside "Never reviewed", and the history's When and By columns do not wrap. Boxes are measured against the
 * viewport; axe runs on each page at critical, serious and moderate.
 */
class ScreensBrowserIT extends BoardBrowserTest {

    private static void viewport(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        long bars = ((Number) js("return window.outerHeight - window.innerHeight")).longValue();
        driver.manage().window().setSize(new Dimension(width, height + (int) bars));
    }

    @AfterEach
    void backTo1280By800() {
        driver.manage().window().setSize(new Dimension(1280, 800));
    }

    private static double number(String script, Object... args) {
        return ((Number) js(script, args)).doubleValue();
    }

    @Test
    void everyStageOfTheDemoMapFitsA1280PxPage() {
        viewport(1280, 800);
        openMap("");
        assertThat(number("return window.innerWidth")).isEqualTo(1280);
        List<WebElement> stages = driver.findElements(By.cssSelector(".jm-stage"));
        assertThat(stages).hasSize(6);
        double boardRight = number("return document.querySelector('.jm-board').getBoundingClientRect().right");
        for (WebElement stage : stages) {
            double right = number("return arguments[0].getBoundingClientRect().right", stage);
            assertThat(right).as("stage %s ends inside the board and the page", stage.getText()).isLessThanOrEqualTo(boardRight)
                    .isLessThanOrEqualTo(1280);
        }
        assertThat(number("var b = document.querySelector('.jm-board'); return b.scrollWidth - b.clientWidth"))
                .as("no sideways scrolling of the board").isLessThanOrEqualTo(1);
        for (WebElement name : driver.findElements(By.cssSelector(".jm-stage-name"))) {
            assertThat(number("var r = document.createRange(); r.selectNodeContents(arguments[0]);"
                    + "var tops = {}; [].forEach.call(r.getClientRects(), function (b) { tops[Math.round(b.top)] = 1; });"
                    + "return Object.keys(tops).length;", name))
                    .as("the short stage name %s stays on one line", name.getText()).isEqualTo(1);
        }
        assertAccessible("demo map at 1280×800");
    }

    @Test
    void thePrioritiesRankedListStartsOnTheFirstScreenAndANeverReviewedMapSaysSo() {
        viewport(1280, 800);
        driver.get(server.url(mapPath() + "/priorities"));
        until(d -> !d.findElements(By.cssSelector(".jm-rank-row")).isEmpty());
        double heading = number("return document.getElementById('jm-list-heading').getBoundingClientRect().bottom");
        double firstRow = number("return document.querySelector('.jm-rank-row').getBoundingClientRect().top");
        assertThat(heading).as("the ranked action list's heading on the first screen").isLessThan(800);
        assertThat(firstRow).as("its first row starts on the first screen").isLessThan(800);

        String last = driver.findElement(By.cssSelector(".jm-last-reviewed")).getText();
        String status = driver.findElement(By.cssSelector(".jm-review-lozenge")).getAttribute("textContent").strip();
        assertThat(last).startsWith("Never reviewed");
        assertThat(status).isEqualToIgnoringCase("Not reviewed yet");
        assertAccessible("priorities at 1280×800");
    }

    @Test
    void theHistorysWhenAndByColumnsKeepToOneLine() {
        viewport(1280, 800);
        driver.get(server.url(mapPath() + "/history"));
        List<WebElement> rows = until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(".jm-trail tbody tr"));
            return found.isEmpty() ? null : found;
        });
        for (WebElement row : rows.subList(0, Math.min(10, rows.size()))) {
            for (int column : new int[] {2, 3}) {
                WebElement cell = row.findElement(By.cssSelector("td:nth-child(" + column + ")"));
                double lines = number("var r = document.createRange(); r.selectNodeContents(arguments[0]);"
                        + "var tops = {}; [].forEach.call(r.getClientRects(), function (b) { if (b.width > 0) { tops[Math.round(b.top)] = 1; } });"
                        + "return Object.keys(tops).length;", cell);
                assertThat(lines).as("column %s of %s on one line", column, cell.getText()).isEqualTo(1);
            }
        }
        assertAccessible("history at 1280×800");
    }
}

package dev.journeymaps.standalone;

import dev.journeymaps.store.embedded.DatabaseConfig;
import dev.journeymaps.testing.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static dev.journeymaps.standalone.BenchMaps.PAGES;

/**
 * The browser half of the scale benchmark, in headless Chromium against the standalone server on H2: the map page's
 * DOMContentLoaded with a warm server (navigation timing of the page, loaded after one warm-up load), and the time
 * from dropping a card on another cell to the board showing it there — by a page reload (what the board does today)
 * or by updating the DOM in place (what it should do): whichever happens, the clock stops when the moved card is in
 * its new cell of a loaded page. Medians of {@code bench.browser.samples} (default 5). Sizes as {@link MapScaleBench}
 * ({@code -Dbench.browser.sizes}, default 2000,5000). Not a test: asserts nothing about time.
 */
class MapBrowserBench {
    private static final int SAMPLES = Integer.getInteger("bench.browser.samples", 5);

    @Test
    void chromium(@TempDir Path dir) throws IOException {
        List<String> rows = new ArrayList<>();
        rows.add("| Chromium (H2) | cards | drawn on load | DOMContentLoaded, warm | of which: response end / DOM parsed / DCL handlers | drop → board updated | updated by |");
        rows.add("|---|---|---|---|---|---|---|");
        WebDriver driver = HeadlessChromium.start();
        try {
            for (String text : System.getProperty("bench.browser.sizes", "2000,5000").split(",")) {
                BenchMaps.Size size = BenchMaps.Size.parse(text);
                try (RunningServer server = RunningServer.start(DatabaseConfig.h2File(dir.resolve("db" + System.nanoTime())), dir,
                        dataSource -> dataSource)) {
                    BenchMaps.Board board = BenchMaps.build(server, size);
                    String url = server.url(PAGES + "/map/" + board.mapId);
                    double loaded = medianOf(() -> domContentLoaded(driver, url));
                    // Where the DOMContentLoaded time goes (medians of their own): the server's answer fully received,
                    // the document parsed (domInteractive: scripts in the head and the body's DOM), and our start-up
                    // (the DOMContentLoaded listeners: JourneyMaps.init).
                    double response = medianOf(() -> timing(driver, url, "n.responseEnd - n.startTime"));
                    double parsed = medianOf(() -> timing(driver, url, "n.domInteractive - n.startTime"));
                    double handlers = medianOf(() -> timing(driver, url, "n.domContentLoadedEventEnd - n.domContentLoadedEventStart"));
                    // A cell draws its first cards; the rest wait behind "Show n more cards" (CellView.SHOWN).
                    long drawn = ((Number) js(driver, "return document.querySelectorAll('.jm-card').length;")).longValue();
                    String[] how = {""};
                    double drop = medianOf(() -> {
                        DropResult result = dropAndWait(driver, url, board);
                        how[0] = result.reloaded ? "page reload" : "DOM update";
                        return result.millis;
                    });
                    rows.add(String.format("| Chromium (H2) | %s | %,d | %.0f ms | %.0f / %.0f / %.0f ms | %.0f ms | %s |", size, drawn, loaded,
                            response, parsed, handlers, drop, how[0]));
                    System.out.println(rows.get(rows.size() - 1));
                }
            }
        } finally {
            driver.quit();
        }
        MapScaleBench.report(String.format("Load average at the end: %s%n%n", MapScaleBench.loadAverage()), rows);
    }

    /** Loads the page and reads its navigation timing: DOMContentLoaded (end), from the start of the navigation. */
    private static double domContentLoaded(WebDriver driver, String url) {
        driver.get(url);
        Object ms = js(driver, "var n = performance.getEntriesByType('navigation')[0]; return n.domContentLoadedEventEnd - n.startTime;");
        return ((Number) ms).doubleValue();
    }

    /** Loads the page and reads one expression over its navigation timing entry {@code n}, in milliseconds. */
    private static double timing(WebDriver driver, String url, String expression) {
        driver.get(url);
        Object ms = js(driver, "var n = performance.getEntriesByType('navigation')[0]; return " + expression + ";");
        return ((Number) ms).doubleValue();
    }

    private record DropResult(double millis, boolean reloaded) {
    }

    /**
     * Drops the map's first thought card on the next stage's thoughts cell with the browser's own drag events, and waits
     * until a loaded page shows it there. The start time is kept in sessionStorage, so it survives a reload.
     */
    private static DropResult dropAndWait(WebDriver driver, String url, BenchMaps.Board board) {
        driver.get(url);
        long lane = board.lane("thoughts");
        Object picked = js(driver, "var card = document.querySelector('.jm-cell[data-lane-id=\"' + arguments[0] + '\"] .jm-card');"
                + "if (!card) { return null; }"
                + "var cell = card.closest('.jm-cell'); var cells = Array.prototype.slice.call("
                + "  document.querySelectorAll('.jm-cell[data-lane-id=\"' + arguments[0] + '\"]'));"
                + "var target = cells[(cells.indexOf(cell) + 1) % cells.length];"
                + "return [card.getAttribute('data-card-id'), target.getAttribute('data-stage-id')];", lane);
        if (!(picked instanceof List<?> ids)) {
            throw new IllegalStateException("No thought card on the map to drop");
        }
        String cardId = String.valueOf(ids.get(0));
        String stageId = String.valueOf(ids.get(1));
        String inTarget = ".jm-cell[data-lane-id=\"" + lane + "\"][data-stage-id=\"" + stageId + "\"] .jm-card[data-card-id=\"" + cardId + "\"]";
        js(driver, "window.__jmBenchOldPage = true;"
                + "var card = document.querySelector('.jm-card[data-card-id=\"' + arguments[0] + '\"]');"
                + "var cell = document.querySelector('.jm-cell[data-lane-id=\"' + arguments[1] + '\"][data-stage-id=\"' + arguments[2] + '\"]');"
                + "var selector = arguments[3];"
                + "new MutationObserver(function (changes, observer) {"
                + "  if (document.querySelector(selector)) { window.__jmBenchUpdated = performance.now(); observer.disconnect(); }"
                + "}).observe(document.body, {childList: true, subtree: true});"
                + "var data = new DataTransfer(); var box = cell.getBoundingClientRect();"
                + "sessionStorage.setItem('jm-bench-drop', String(performance.timeOrigin + performance.now()));"
                + "card.dispatchEvent(new DragEvent('dragstart', {bubbles: true, dataTransfer: data}));"
                + "cell.dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true, dataTransfer: data, clientY: box.bottom - 1}));"
                + "cell.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: data, clientY: box.bottom - 1}));"
                + "card.dispatchEvent(new DragEvent('dragend', {bubbles: true, dataTransfer: data}));",
                cardId, lane, stageId, inTarget);
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> {
            try {
                return Boolean.TRUE.equals(js(d, "return document.readyState === 'complete' && !!document.querySelector(arguments[0])"
                        + " && (window.__jmBenchOldPage === undefined || window.__jmBenchUpdated !== undefined);", inTarget));
            } catch (WebDriverException navigating) {
                return false;
            }
        });
        Object result = js(driver, "var start = Number(sessionStorage.getItem('jm-bench-drop'));"
                + "if (window.__jmBenchOldPage) { return [performance.timeOrigin + window.__jmBenchUpdated - start, false]; }"
                + "var n = performance.getEntriesByType('navigation')[0];"
                + "return [performance.timeOrigin + n.domContentLoadedEventEnd - start, true];");
        List<?> values = (List<?>) result;
        return new DropResult(((Number) values.get(0)).doubleValue(), Boolean.TRUE.equals(values.get(1)));
    }

    private static Object js(WebDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static double medianOf(java.util.function.DoubleSupplier sample) {
        sample.getAsDouble(); // warm-up
        double[] values = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            values[i] = sample.getAsDouble();
        }
        Arrays.sort(values);
        return values[SAMPLES / 2];
    }
}

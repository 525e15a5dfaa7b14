package dev.journeymaps.standalone.browser;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, point 4 in the browser (the demo map): presentation mode goes stage by stage with the keyboard, read-only,
 * zoomed to fit, and leaves with Esc; the print preview (Chromium's printToPDF, landscape) holds every stage on one
 * page width and no control.
 */
class PresentAndPrintBrowserIT extends TakeOutBrowserTest {
    // --- presentation mode ----------------------------------------------------------------------------------------

    @Test
    void presentationModeGoesStageByStageWithTheKeyboardAndChangesNothing() {
        List<String> names = stageNames();
        openMap("");
        long before = version();
        WebElement present = byId("jm-present-open");
        present.click();
        until(d -> presenting());
        assertThat(byId("jm-present-bar").isDisplayed()).isTrue();
        assertThat(driver.findElements(By.cssSelector(".jm-tools, .jm-add-card, #jm-toolbar, #jm-export-menu")))
                .as("no editing control is shown").noneMatch(WebElement::isDisplayed);
        double zoom = Double.parseDouble((String) js("return document.getElementById('jm-board').style.zoom"));
        assertThat(zoom).as("zoomed to fit").isBetween(0.4, 1.5);
        assertThat(boardFitsTheWindowOrShowsTheStage()).isTrue();

        assertStage(1, names);
        keep("presentation-stage-1.png", null);
        active().sendKeys(Keys.ARROW_RIGHT);
        assertStage(2, names);
        active().sendKeys(Keys.END);
        assertStage(names.size(), names);
        active().sendKeys(Keys.ARROW_RIGHT);
        assertStage(names.size(), names);
        active().sendKeys(Keys.ARROW_LEFT);
        assertStage(names.size() - 1, names);
        active().sendKeys(Keys.HOME);
        assertStage(1, names);
        byId("jm-present-next").click();
        assertStage(2, names);

        // Read-only: a card opens no side panel.
        driver.findElements(By.cssSelector(".jm-card")).get(0).click();
        assertThat(byId("jm-panel").isDisplayed()).isFalse();
        assertAccessibleInPlace("presentation mode");

        active().sendKeys(Keys.ESCAPE);
        until(d -> !presenting());
        assertThat(byId("jm-present-bar").isDisplayed()).isFalse();
        assertThat(active().getAttribute("id")).as("focus goes back to Present").isEqualTo("jm-present-open");
        assertThat(js("return document.fullscreenElement")).isNull();
        assertThat(js("return document.getElementById('jm-board').style.zoom")).isEqualTo("");
        assertThat(version()).as("presenting wrote nothing").isEqualTo(before);
    }

    private static boolean presenting() {
        return Boolean.TRUE.equals(js("return document.body.classList.contains('jm-presenting')"));
    }

    /** Stage {@code n} (1-based) is marked, focused, on screen and announced. */
    private static void assertStage(int n, List<String> names) {
        String expected = "Stage " + n + " of " + names.size() + ": " + names.get(n - 1);
        until(d -> expected.equals(byId("jm-present-stage").getText()));
        assertThat(byId("jm-present-stage").getAttribute("aria-live")).isEqualTo("polite");
        WebElement stage = active();
        assertThat(stage.getAttribute("class")).contains("jm-stage").contains("jm-present-current");
        assertThat(stage.findElement(By.cssSelector(".jm-stage-name")).getAttribute("textContent").trim()).isEqualTo(names.get(n - 1));
        assertThat(driver.findElements(By.cssSelector(".jm-stage.jm-present-current"))).hasSize(1);
        assertThat((Boolean) js("var r = arguments[0].getBoundingClientRect();"
                + " return r.left >= 0 && r.right <= window.innerWidth + 1 && r.top >= 0 && r.bottom <= window.innerHeight;", stage))
                .as("stage " + n + " is in view").isTrue();
    }

    private static boolean boardFitsTheWindowOrShowsTheStage() {
        return Boolean.TRUE.equals(js("var r = document.getElementById('jm-board').getBoundingClientRect();"
                + " return r.left >= 0 && r.right <= window.innerWidth + 1 && r.bottom <= window.innerHeight + 1;"));
    }

    // --- print ------------------------------------------------------------------------------------------------------

    @Test
    void thePrintPreviewHoldsEveryStageOnOnePageWidthAndNoControl() throws IOException {
        List<String> names = stageNames();
        openMap("");
        // Letter in landscape (what the print stylesheet asks for), and a small page (7 × 5 in) narrower than Chromium's
        // own shrink-to-fit reaches for a board of fixed-width columns.
        Map<String, Map<String, Object>> pages = Map.of(
                "letter", Map.of("landscape", true, "printBackground", true),
                "small", Map.of("landscape", true, "printBackground", true, "paperWidth", 7, "paperHeight", 5));
        for (Map.Entry<String, Map<String, Object>> page : pages.entrySet()) {
            byte[] pdf = Base64.getDecoder().decode((String) cdp("Page.printToPDF", page.getValue()).get("data"));
            keep("print-preview-" + page.getKey() + ".pdf", pdf);
            checkPrint(pdf, page.getKey(), names);
        }
    }

    private static void checkPrint(byte[] pdf, String orientation, List<String> names) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            float pageWidth = document.getPage(0).getMediaBox().getWidth();
            float pageHeight = document.getPage(0).getMediaBox().getHeight();
            assertThat(pageWidth).as(orientation + " is landscape").isGreaterThan(pageHeight);
            // The page the board starts on (on a small page the scope card may take the first): every stage is on it.
            OnePage first = null;
            String squeezed = "";
            String firstStage = squeeze(names.get(0));
            for (int n = 1; n <= document.getNumberOfPages() && !squeezed.contains(firstStage); n++) {
                first = new OnePage(n);
                squeezed = squeeze(first.getText(document));
            }
            assertThat(first).isNotNull();
            for (String name : names) {
                assertThat(squeezed).as(orientation + ": stage '" + name + "' on the board's first page").contains(squeeze(name));
            }
            assertThat(first.rightmost).as(orientation + ": all text of that page lies within the page's width").isLessThanOrEqualTo(pageWidth);
            assertThat(first.leftmost).isGreaterThanOrEqualTo(0f);
            String all = new PDFTextStripper().getText(document);
            for (String control : List.of("Add card", "Export", "Present", "Copy link", "More map actions", "Previous stage", "Unlinked")) {
                assertThat(Pattern.compile("\\b" + Pattern.quote(control) + "\\b").matcher(all).find())
                        .as(orientation + ": '" + control + "' is not printed").isFalse();
            }
        }
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    /** One page's text, and how far left and right its glyphs reach. */
    private static final class OnePage extends PDFTextStripper {
        float leftmost = Float.MAX_VALUE;
        float rightmost = 0;

        OnePage(int page) {
            setStartPage(page);
            setEndPage(page);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            for (TextPosition position : positions) {
                leftmost = Math.min(leftmost, position.getXDirAdj());
                rightmost = Math.max(rightmost, position.getXDirAdj() + position.getWidthDirAdj());
            }
            super.writeString(text, positions);
        }
    }
}

package dev.journeymaps.standalone.browser;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.journeymaps.testing.HeadlessChromium;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, point 6 in the browser (the demo map): every item of the map's Export menu downloads a file of its type,
 * fetched with a visible "Preparing …" state and saved under the server's name; a refused export says why in words.
 * New items (the PDF) are covered by iterating over the menu: an unknown file type fails until it gets a check here.
 */
class ExportMenuBrowserIT extends TakeOutBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path downloads;

    @BeforeAll
    static void downloadIntoAFolderOfOurOwn() throws IOException {
        downloads = Files.createTempDirectory("journeymaps-downloads");
        cdp("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    }

    // --- Export menu ----------------------------------------------------------------------------------------------

    @Test
    void everyItemOfTheExportMenuDownloadsAFileOfItsType() throws Exception {
        openMap("");
        assertThat(downloadEveryItem("journey-map-" + mapId + ".")).contains("svg", "png", "csv", "json");
    }

    @Test
    void theProjectPagesExportMenuDownloadsToo() throws Exception {
        driver.get(server.url("/plugins/servlet/journeymaps/project/DEMO"));
        until(d -> "complete".equals(js("return document.readyState")));
        assertThat(downloadEveryItem("journey-map-DEMO.")).contains("csv", "json");
    }

    /** Downloads each item of the page's Export menu in turn; answers the file types seen, each checked. */
    private static Set<String> downloadEveryItem(String namePrefix) throws Exception {
        List<String> items = menuItems();
        assertThat(items).as("the Export menu").hasSizeGreaterThanOrEqualTo(2);
        Set<String> checked = new java.util.TreeSet<>();
        for (int i = 0; i < items.size(); i++) {
            Path file = download(i);
            String name = file.getFileName().toString();
            assertThat(name).as(items.get(i)).startsWith(namePrefix);
            byte[] bytes = Files.readAllBytes(file);
            assertThat(bytes).as(name).isNotEmpty();
            String type = name.substring(name.lastIndexOf('.') + 1);
            checkType(type, bytes, name);
            checked.add(type);
        }
        return checked;
    }

    @Test
    void anExportShowsThatItIsBeingPreparedAndSaysWhyTheServerRefused() throws Exception {
        openMap("");
        // Hold the export's answer until the test lets it through, so the busy state can be seen without timing.
        js("var real = window.__jmRealFetch = window.fetch; window.__jmHeld = [];"
                + " window.fetch = function (u, o) { return new Promise(function (done) { window.__jmHeld.push(function () { done(real(u, o)); }); }); };");
        openMenu();
        WebElement png = menuLink("/png");
        png.click();
        WebElement status = until(d -> d.findElement(By.cssSelector("#jm-export-menu .jm-export-status")));
        assertThat(status.getText()).isEqualTo("Preparing Image (PNG)\u2026");
        assertThat(png.getAttribute("aria-busy")).isEqualTo("true");
        assertThat(byId("jm-export-menu").getAttribute("aria-busy")).isEqualTo("true");
        assertThat(png.findElements(By.cssSelector(".jm-spinner"))).hasSize(1);
        js("window.__jmHeld.shift()();");
        until(d -> status.getText().startsWith("Image (PNG) saved as journey-map-" + mapId + ".png"));
        assertThat(png.getAttribute("aria-busy")).isNull();
        assertThat(png.findElements(By.cssSelector(".jm-spinner"))).isEmpty();

        // A refused export: the reason in words, not a broken file.
        js("window.fetch = window.__jmRealFetch; arguments[0].href = arguments[0].href + '?width=1';", png);
        png.click();
        WebElement alert = until(d -> d.findElement(By.cssSelector("#jm-export-menu .jm-export-status [role=alert]")));
        assertThat(alert.getText()).contains("Image (PNG) could not be prepared.").contains("width");
        assertThat(HeadlessChromium.browserErrors(driver)).allSatisfy(e -> assertThat(e).contains("status of 400"));
        assertAccessible("Export menu with an error");
    }

    private static List<String> menuItems() {
        openMenu();
        return driver.findElements(By.cssSelector("#jm-export-menu .jm-export-list a[href]")).stream()
                .map(a -> a.getAttribute("textContent").trim()).toList();
    }

    private static void openMenu() {
        WebElement menu = byId("jm-export-menu");
        if (menu.getAttribute("open") == null) {
            menu.findElement(By.tagName("summary")).click();
        }
        until(d -> byId("jm-export-menu").findElement(By.cssSelector(".jm-export-list a")).isDisplayed());
    }

    private static WebElement menuLink(String ending) {
        return driver.findElements(By.cssSelector("#jm-export-menu .jm-export-list a[href]")).stream()
                .filter(a -> a.getAttribute("href").endsWith(ending)).findFirst().orElseThrow();
    }

    /** Clicks the menu's {@code index}-th item and waits for the new file, complete (no partial download left). */
    private static Path download(int index) throws IOException {
        Set<Path> before = listDownloads();
        openMenu();
        WebElement link = driver.findElements(By.cssSelector("#jm-export-menu .jm-export-list a[href]")).get(index);
        link.click();
        return new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(90)).until(d -> {
            Set<Path> now = listDownloads();
            now.removeAll(before);
            boolean partial = now.stream().anyMatch(p -> p.toString().endsWith(".crdownload"));
            return now.size() == 1 && !partial && link.getAttribute("aria-busy") == null ? now.iterator().next() : null;
        });
    }

    private static Set<Path> listDownloads() {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.collect(Collectors.toCollection(java.util.HashSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkType(String type, byte[] bytes, String name) throws Exception {
        switch (type) {
            case "svg" -> {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                assertThat(factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes)).getDocumentElement().getLocalName())
                        .as(name).isEqualTo("svg");
            }
            case "png" -> {
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
                assertThat(image).as(name + " decodes").isNotNull();
                assertThat(image.getWidth()).isPositive();
            }
            case "csv" -> {
                assertThat(bytes).as(name + " starts with the UTF-8 BOM").startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
                assertThat(new String(bytes, StandardCharsets.UTF_8).lines().count()).as(name + " has a header row").isPositive();
            }
            case "json" -> assertThat(JSON.readTree(bytes).isObject()).as(name + " is a JSON object").isTrue();
            case "pdf" -> {
                assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).as(name).isEqualTo("%PDF-");
                try (PDDocument pdf = Loader.loadPDF(bytes)) {
                    assertThat(pdf.getNumberOfPages()).isPositive();
                }
            }
            default -> throw new AssertionError("The Export menu offers " + name + ": add a check of its type to this test");
        }
    }
}

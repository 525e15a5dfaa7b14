package dev.journeymaps.standalone.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, point 5 in the browser (the demo map): "Copy link" puts the map's absolute address on the clipboard with a
 * "Link copied" flag; without the Clipboard API the card's address is shown selected in a small dialog, and it opens
 * the card's side panel.
 */
class CopyLinkBrowserIT extends TakeOutBrowserTest {
    // --- Copy link ----------------------------------------------------------------------------------------------------

    @Test
    void copyLinkPutsTheMapsAbsoluteAddressOnTheClipboard() {
        openMap("");
        String origin = URI.create(server.url("/")).resolve("/").toString().replaceAll("/$", "");
        cdp("Browser.grantPermissions", Map.of("origin", origin, "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        byId("jm-copy-map-link").click();
        assertThat(flagText()).isEqualTo("Link copied");
        Object copied = ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1]; navigator.clipboard.readText().then(done, function (e) { done('refused: ' + e); });");
        assertThat(copied).isEqualTo(server.url(mapPath()));
    }

    @Test
    void withoutTheClipboardTheCardsLinkIsShownSelectedAndOpensTheCard() {
        openMap("");
        js("Object.defineProperty(navigator, 'clipboard', {value: undefined, configurable: true});");
        WebElement card = driver.findElements(By.cssSelector(".jm-card")).get(3);
        String cardId = card.getAttribute("data-card-id");
        String text = card.findElement(By.cssSelector(".jm-card-text")).getAttribute("textContent").trim();
        card.click();
        until(d -> byId("jm-panel").isDisplayed());
        WebElement button = until(d -> byId("jm-copy-card-link").isDisplayed() ? byId("jm-copy-card-link") : null);
        button.click();
        WebElement field = until(d -> byId("jm-copy-dialog").isDisplayed() ? byId("jm-copy-field") : null);
        String url = server.url(mapPath() + "?card=" + cardId);
        assertThat(field.getAttribute("value")).isEqualTo(url);
        assertThat(active().getAttribute("id")).isEqualTo("jm-copy-field");
        assertThat(js("var f = arguments[0]; return f.selectionEnd - f.selectionStart;", field)).isEqualTo((long) url.length());
        assertAccessible("Copy link dialog");
        active().sendKeys(Keys.ESCAPE);
        until(d -> !byId("jm-copy-dialog").isDisplayed());
        assertThat(active().getAttribute("id")).isEqualTo("jm-copy-card-link");

        driver.get(url);
        until(d -> byId("jm-panel").isDisplayed() && text.equals(byId("jm-panel-heading").getText()));
    }

    private static String flagText() {
        return until(d -> d.findElements(By.cssSelector(".aui-flag .aui-message, #aui-flag-container .aui-message")).stream()
                .map(WebElement::getText).filter(t -> !t.isBlank()).findFirst().orElse(null));
    }
}

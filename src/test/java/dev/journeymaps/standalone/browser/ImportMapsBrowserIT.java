package dev.journeymaps.standalone.browser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.journeymaps.testing.Accessibility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, point 6 ("REST and UI for all of it"): a project's maps exported as JSON are imported into another project
 * from its project page — the file picked, a preview of what will happen, then the import; a file that is not an export
 * says so in words and changes nothing; importing the same file again leaves the maps alone.
 */
class ImportMapsBrowserIT extends PageTest {

    @Test
    void aProjectExportIsPreviewedAndImportedFromTheProjectPageAndAgainChangesNothing() throws IOException {
        long id = createMap("ORIGIN", "Checkout journey", "current-state").get("id").asLong();
        JsonNode board = map(id);
        addCard(id, laneOfKind(board, "pain-points"), board.get("stages").get(0).get("id").asLong(), "Coupon <b>rejected</b>", null);
        JsonNode export = send("GET", API + "/projects/ORIGIN/export/json", null);
        Path file = Files.createTempFile("origin-export", ".json");
        Files.writeString(file, export.toString());
        Path notJson = Files.createTempFile("not-an-export", ".json");
        Files.writeString(notJson, "this is not JSON");

        open(PAGES + "/project/TARGET");
        byId("jm-import-button").click();
        until(d -> d.findElement(By.id("jm-import")).isDisplayed());
        byId("jm-import-file").sendKeys(notJson.toString());
        byId("jm-import-preview").click();
        String error = until(d -> {
            String text = d.findElement(By.id("jm-import-messages")).getText();
            return text.isEmpty() ? null : text;
        });
        assertThat(error).contains("Nothing was imported.").contains("is not a JSON export file");
        assertThat(send("GET", API + "/maps?projectKey=TARGET", null)).as("nothing written").isEmpty();

        byId("jm-import-file").sendKeys(file.toString());
        byId("jm-import-preview").click();
        String preview = until(d -> d.findElement(By.id("jm-import-report")).isDisplayed() ? byId("jm-import-report").getText() : null);
        assertThat(preview).contains("What the import will do", "Creates the map \u201cCheckout journey\u201d");
        assertThat(send("GET", API + "/maps?projectKey=TARGET", null)).as("a preview writes nothing").isEmpty();
        Accessibility.assertNoModerateOrWorseViolations(driver, "import preview");

        reloadAfter(() -> byId("jm-import-run").click());
        assertThat(flagText()).contains("Maps imported.");
        assertThat(driver.findElement(By.id("jm-main")).getText()).contains("Checkout journey");
        JsonNode imported = send("GET", API + "/maps?projectKey=TARGET", null);
        assertThat(imported).hasSize(1);
        JsonNode copy = map(imported.get(0).get("map").get("id").asLong());
        assertThat(copy.get("cards").findValuesAsText("text")).contains("Coupon <b>rejected</b>");

        js("arguments[0].click()", byId("jm-import-button")); // the "Maps imported." flag may cover it
        byId("jm-import-file").sendKeys(file.toString());
        js("arguments[0].click()", byId("jm-import-preview"));
        String again = until(d -> d.findElement(By.id("jm-import-report")).isDisplayed() ? byId("jm-import-report").getText() : null);
        assertThat(again).contains("\u201cCheckout journey\u201d is already here, unchanged: left alone");
    }
}

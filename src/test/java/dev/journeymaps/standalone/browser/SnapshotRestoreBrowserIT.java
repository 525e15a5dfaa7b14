package dev.journeymaps.standalone.browser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.journeymaps.testing.Accessibility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, "a snapshot can be restored into the map (after confirmation, as a new version, audited)": Restore on the
 * history page's snapshot row says in an AUI dialog what changes and that a snapshot of the map now is taken first;
 * confirming opens the map with the snapshot's content, and the history tells the restore.
 */
class SnapshotRestoreBrowserIT extends PageTest {

    private static List<String> cardTexts() {
        return driver.findElements(By.cssSelector(".jm-card .jm-card-text")).stream()
                .map(e -> e.getAttribute("textContent").trim()).toList();
    }

    @Test
    void aSnapshotIsRestoredThroughTheDialogAndTheHistoryTellsIt() {
        JsonNode board = createMap("RESTORE", "Checkout", "current-state");
        long id = board.get("id").asLong();
        long pain = laneOfKind(board, "pain-points");
        long stage = board.get("stages").get(0).get("id").asLong();
        long kept = addCard(id, pain, stage, "Card declined without a reason", null);
        send("POST", API + "/maps/" + id + "/snapshots", "{\"version\":" + map(id).get("version").asLong() + ",\"label\":\"Before the workshop\"}");
        // The map moves on after the snapshot: a card goes, another comes.
        send("DELETE", API + "/maps/" + id + "/cards/" + kept + "?version=" + map(id).get("version").asLong(), null);
        addCard(id, pain, stage, "Coupon field hidden", null);
        long version = map(id).get("version").asLong();

        open(PAGES + "/map/" + id + "/history");
        WebElement restore = until(d -> d.findElements(By.cssSelector(".jm-restore-snapshot")).stream()
                .filter(b -> "Before the workshop".equals(b.getAttribute("data-snapshot-label"))).findFirst().orElse(null));
        restore.click();
        WebElement dialog = until(d -> d.findElement(By.id("jm-confirm-dialog")).isDisplayed() ? d.findElement(By.id("jm-confirm-dialog")) : null);
        until(d -> dialog.getText().contains("Cards:"));
        assertThat(dialog.getText()).contains("Restore \u201cBefore the workshop\u201d?", "Cards: 1 added, 1 removed, 0 changed",
                "Stages: 0 added, 0 removed", "A snapshot of the map as it is now is taken first");
        Accessibility.assertNoModerateOrWorseViolations(driver, "restore snapshot dialog");
        assertThat(map(id).get("version").asLong()).as("nothing changes before confirming").isEqualTo(version);

        byId("jm-confirm-ok").click();
        until(d -> d.getCurrentUrl().endsWith(PAGES + "/map/" + id));
        until(d -> cardTexts().contains("Card declined without a reason"));
        assertThat(cardTexts()).doesNotContain("Coupon field hidden");
        assertThat(flagText()).contains("Before the workshop", "restored");
        assertThat(map(id).get("version").asLong()).isEqualTo(version + 1);

        open(PAGES + "/map/" + id + "/history");
        assertThat(byId("jm-main").getText()).contains("Restored snapshot 'Before the workshop'",
                "Before restoring 'Before the workshop'");
        Accessibility.assertNoModerateOrWorseViolations(driver, "history after a restore");
    }
}

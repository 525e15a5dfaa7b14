package dev.journeymaps.standalone.browser;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, "Undo": deleting a stage, a lane or a piece of evidence is followed by a flag with Undo (the dialogs no
 * longer say it "cannot be undone"), and Undo brings it back in its place with everything on it, through the UI only.
 */
class TrustUndoBrowserIT extends BoardBrowserTest {

    private static WebElement dialog(String id) {
        return until(d -> d.findElement(By.id(id)).isDisplayed() ? d.findElement(By.id(id)) : null);
    }

    private static void undoFromTheFlag() {
        WebElement undo = until(d -> d.findElement(By.cssSelector(".aui-flag .jm-undo")));
        undo.click();
    }

    private static List<String> stageNames() {
        return driver.findElements(By.cssSelector(".jm-stage .jm-stage-name")).stream().map(e -> e.getAttribute("textContent").trim()).toList();
    }

    @Test
    void aDeletedStageComesBackInItsPlaceWithItsCardsWhenUndone() {
        openMap("");
        List<String> before = stageNames();
        WebElement stage = driver.findElements(By.cssSelector(".jm-stage")).get(1);
        String name = stage.findElement(By.cssSelector(".jm-stage-name")).getAttribute("textContent").trim();
        String cards = stage.getAttribute("data-card-count");
        js("arguments[0].click()", stage.findElement(By.cssSelector("[data-jm-action=delete-stage]")));
        WebElement confirm = dialog("jm-confirm-dialog");
        assertThat(confirm.getText()).contains(name, "undo").doesNotContain("cannot be undone");
        assertAccessible("delete stage dialog");
        driver.findElement(By.id("jm-confirm-ok")).click();
        until(d -> stageNames().size() == before.size() - 1);
        assertThat(stageNames()).doesNotContain(name);

        undoFromTheFlag();
        until(d -> stageNames().equals(before));
        WebElement back = driver.findElements(By.cssSelector(".jm-stage")).get(1);
        assertThat(back.getAttribute("data-card-count")).isEqualTo(cards);
        String flag = until(d -> d.findElements(By.cssSelector(".aui-flag")).stream().map(WebElement::getText)
                .filter(t -> t.contains("stage is back")).findFirst().orElse(null));
        assertThat(flag).contains("with its cards");
        assertAccessible("board after undoing a stage delete");
    }

    @Test
    void aDeletedLaneComesBackWithItsCardsWhenUndone() {
        openMap("");
        WebElement lane = driver.findElements(By.cssSelector(".jm-lane")).get(0);
        String title = lane.findElement(By.cssSelector(".jm-lane-title")).getAttribute("textContent").trim();
        int cards = lane.findElements(By.cssSelector(".jm-card")).size();
        int lanes = driver.findElements(By.cssSelector(".jm-lane")).size();
        js("arguments[0].click()", lane.findElement(By.cssSelector("[data-jm-action=delete-lane]")));
        WebElement confirm = dialog("jm-delete-lane-dialog");
        assertThat(confirm.getText()).contains(title, "undo").doesNotContain("cannot be undone");
        assertAccessible("delete lane dialog");
        driver.findElement(By.cssSelector("#jm-delete-lane-dialog button[type=submit]")).click();
        until(d -> d.findElements(By.cssSelector(".jm-lane")).size() == lanes - 1);

        undoFromTheFlag();
        until(d -> d.findElements(By.cssSelector(".jm-lane")).size() == lanes);
        WebElement back = driver.findElements(By.cssSelector(".jm-lane")).get(0);
        assertThat(back.findElement(By.cssSelector(".jm-lane-title")).getAttribute("textContent").trim()).isEqualTo(title);
        assertThat(back.findElements(By.cssSelector(".jm-card"))).hasSize(cards);
    }

    @Test
    void deletedEvidenceComesBackOnItsCardWhenUndone() {
        JsonNode full = fullyTriagedCard();
        String text = full.get("text").asText();
        int items = full.get("evidence").get("items").asInt();
        openMap("");
        card(text).click();
        until(d -> d.findElement(By.id("jm-panel")).isDisplayed());
        until(d -> d.findElements(By.cssSelector("#jm-evidence-list .jm-evidence-item")).size() == items);
        WebElement remove = driver.findElement(By.cssSelector("#jm-evidence-list .jm-evidence-item .jm-evidence-delete"));
        js("arguments[0].scrollIntoView()", remove);
        remove.click();
        WebElement confirm = dialog("jm-confirm-dialog");
        assertThat(confirm.getText()).contains("undo").doesNotContain("cannot be undone");
        assertAccessible("delete evidence dialog");
        driver.findElement(By.id("jm-confirm-ok")).click();
        until(d -> server.json(API + "/maps/" + mapId + "/cards/" + full.get("cardId").asLong()).get("card").get("evidence").size() == items - 1);

        undoFromTheFlag();
        until(d -> server.json(API + "/maps/" + mapId + "/cards/" + full.get("cardId").asLong()).get("card").get("evidence").size() == items);
        until(d -> card(text).findElement(By.cssSelector(".jm-evidence-count")).getText().contains(String.valueOf(items)));
    }
}

package dev.journeymaps.standalone.browser;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, point 8: deleting is safe. An AUI dialog says what goes with a card; a flag offers to undo the delete
 * or a move, and undo brings back everything; hiding a lane is the user's own view; a stage cannot be moved past
 * the ends of the map.
 */
class BoardSafetyBrowserIT extends BoardBrowserTest {

    /** The browser's own confirm box is never used: any call to it is recorded (and answered "no"). */
    private static void forbidWindowConfirm() {
        js("window.__jmConfirmCalls = 0; window.confirm = function () { window.__jmConfirmCalls++; return false; };");
    }

    @Test
    void deletingACardSaysWhatGoesAndUndoBringsItAllBack() {
        JsonNode full = fullyTriagedCard();
        String text = full.get("text").asText();
        openMap("");
        forbidWindowConfirm();
        markPage();
        card(text).click();
        until(d -> d.findElement(By.id("jm-panel")).isDisplayed());
        driver.findElement(By.id("jm-delete-card")).click();

        WebElement dialog = until(d -> d.findElement(By.id("jm-confirm-dialog")).isDisplayed() ? d.findElement(By.id("jm-confirm-dialog")) : null);
        String said = dialog.getText();
        assertThat(said).contains(text, "evidence", "links to", "score (" + full.get("score").get("display").asText() + ")",
                "owner (" + full.get("owner").get("displayName").asText() + ")", "undo");
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("jm-confirm-cancel");
        assertAccessible("delete card dialog");
        driver.findElement(By.id("jm-confirm-ok")).click();

        until(d -> d.findElements(By.cssSelector(".jm-card")).stream()
                .noneMatch(c -> c.findElement(By.cssSelector(".jm-card-text")).getAttribute("textContent").equals(text)));
        assertThat(samePage()).as("the board is updated without loading the page").isTrue();
        assertThat(js("return window.__jmConfirmCalls")).isEqualTo(0L);
        WebElement undo = until(d -> d.findElement(By.cssSelector(".aui-flag .jm-undo")));
        undo.click();

        WebElement back = card(text);
        assertThat(back.findElement(By.cssSelector(".jm-owner-name")).getText()).isEqualTo(full.get("owner").get("displayName").asText());
        assertThat(back.findElement(By.cssSelector(".jm-score-chip")).getText()).endsWith(full.get("score").get("display").asText());
        assertThat(back.findElements(By.cssSelector(".jm-work-issue"))).hasSize(full.get("linkedWork").get("issues").asInt());
        assertThat(back.findElement(By.cssSelector(".jm-evidence-count")).getText()).contains(full.get("evidence").get("items").asText());
    }

    @Test
    void aMovedCardGoesBackWithUndoAndTheMessageDoesNotShiftTheBoard() {
        openMap("");
        markPage();
        WebElement card = driver.findElements(By.cssSelector(".jm-kind-thoughts .jm-card")).get(0);
        String cardId = card.getAttribute("data-card-id");
        WebElement from = card.findElement(By.xpath("./ancestor::div[contains(@class,'jm-cell')]"));
        String fromStage = from.getAttribute("data-stage-id");
        List<WebElement> cells = driver.findElements(By.cssSelector(".jm-kind-thoughts .jm-cell"));
        WebElement to = cells.stream().filter(c -> !c.getAttribute("data-stage-id").equals(fromStage)).findFirst().orElseThrow();
        double boardTop = ((Number) js("return document.querySelector('.jm-board').getBoundingClientRect().top")).doubleValue();
        long before = version();

        js("var card = arguments[0], cell = arguments[1], data = new DataTransfer();"
                + "function fire(el, type) { el.dispatchEvent(new DragEvent(type, {bubbles: true, cancelable: true, dataTransfer: data,"
                + " clientX: cell.getBoundingClientRect().left + 10, clientY: cell.getBoundingClientRect().bottom - 4})); }"
                + "fire(card, 'dragstart'); fire(cell, 'dragenter'); fire(cell, 'dragover'); fire(cell, 'drop'); fire(card, 'dragend');",
                card, to);
        until(d -> version() > before);
        until(d -> to.findElements(By.cssSelector(".jm-card[data-card-id=\"" + cardId + "\"]")).size() == 1);
        WebElement flag = until(d -> d.findElement(By.cssSelector(".aui-flag")));
        assertThat(flag.getText()).contains("Card moved.");
        assertThat(((Number) js("return document.querySelector('.jm-board').getBoundingClientRect().top")).doubleValue())
                .as("the message does not push the board down").isEqualTo(boardTop);
        assertThat(samePage()).isTrue();

        flag.findElement(By.cssSelector(".jm-undo")).click();
        until(d -> d.findElement(By.cssSelector(".jm-cell[data-stage-id=\"" + fromStage + "\"] .jm-card[data-card-id=\"" + cardId + "\"]")));
        assertThat(server.json(API + "/maps/" + mapId + "/cards/" + cardId).get("card").get("stageId").asText()).isEqualTo(fromStage);
    }

    @Test
    void hidingALaneIsMineAloneAndStagesCannotMovePastTheEnds() {
        openMap("");
        List<WebElement> stages = driver.findElements(By.cssSelector(".jm-stage"));
        assertThat(stages.get(0).findElement(By.cssSelector("[data-jm-action=stage-left]")).getAttribute("disabled")).isNotNull();
        assertThat(stages.get(stages.size() - 1).findElement(By.cssSelector("[data-jm-action=stage-right]")).getAttribute("disabled")).isNotNull();
        assertThat(stages.get(1).findElement(By.cssSelector("[data-jm-action=stage-left]")).getAttribute("disabled")).isNull();

        WebElement lane = driver.findElement(By.cssSelector(".jm-kind-thoughts"));
        String laneId = lane.getAttribute("data-lane-id");
        long before = version();
        js("arguments[0].click()", lane.findElement(By.cssSelector("[data-jm-action=hide-lane]")));
        until(d -> !d.findElement(By.cssSelector(".jm-lane[data-lane-id=\"" + laneId + "\"] .jm-lane-header")).isDisplayed());
        JsonNode map = server.json(API + "/maps/" + mapId);
        assertThat(map.get("version").asLong()).as("nothing written for everyone").isEqualTo(before);
        for (JsonNode l : map.get("lanes")) {
            assertThat(l.get("hidden").asBoolean()).isFalse();
        }
        driver.findElement(By.cssSelector("#jm-my-hidden-lanes summary")).click();
        driver.findElement(By.cssSelector("#jm-my-hidden-lanes li button")).click();
        until(d -> d.findElement(By.cssSelector(".jm-lane[data-lane-id=\"" + laneId + "\"] .jm-lane-header")).isDisplayed());
    }

    @Test
    void deletingAStageAsksInADialogThatSaysHowManyCardsGo() {
        openMap("");
        forbidWindowConfirm();
        WebElement stage = driver.findElements(By.cssSelector(".jm-stage")).get(1);
        js("arguments[0].click()", stage.findElement(By.cssSelector("[data-jm-action=delete-stage]")));
        WebElement dialog = until(d -> d.findElement(By.id("jm-confirm-dialog")).isDisplayed() ? d.findElement(By.id("jm-confirm-dialog")) : null);
        assertThat(dialog.getText()).contains(stage.findElement(By.cssSelector(".jm-stage-name")).getAttribute("textContent"),
                stage.getAttribute("data-card-count") + " cards");
        assertAccessible("delete stage dialog");
        driver.findElement(By.id("jm-confirm-cancel")).click();
        until(d -> !d.findElement(By.id("jm-confirm-dialog")).isDisplayed());
        assertThat(driver.findElements(By.cssSelector(".jm-stage"))).hasSize(6);
        assertThat(js("return window.__jmConfirmCalls")).isEqualTo(0L);
    }
}

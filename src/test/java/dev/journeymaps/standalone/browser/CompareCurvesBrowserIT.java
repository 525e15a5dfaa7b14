package dev.journeymaps.standalone.browser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.journeymaps.testing.Accessibility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, point 3: comparing a current state with its future state shows both emotion curves on one axis, told
 * apart by a legend, with a table that lists each stage's two scores as the text alternative.
 */
class CompareCurvesBrowserIT extends PageTest {

    @Test
    void theComparisonDrawsBothCurvesAndListsEachStagesTwoEmotions() {
        JsonNode current = createMap("CURVE", "Checkout (Current state)", "current-state");
        long id = current.get("id").asLong();
        long emotions = laneOfKind(current, "emotions");
        long first = current.get("stages").get(0).get("id").asLong();
        long second = current.get("stages").get(1).get("id").asLong();
        addCard(id, emotions, first, "Anxious", -2);
        addCard(id, emotions, second, "Relieved", 1);
        JsonNode future = send("POST", API + "/maps/" + id + "/future-state", "{\"title\":\"Checkout, calm\"}");
        long futureId = future.get("id").asLong();
        JsonNode futureBoard = map(futureId);
        addCard(futureId, laneOfKind(futureBoard, "emotions"), futureBoard.get("stages").get(0).get("id").asLong(), "Sure", 3);

        open(PAGES + "/map/" + id + "/history?compareMap=" + futureId);

        WebElement pair = byId("jm-curve-pair");
        assertThat(pair.findElements(By.cssSelector(".jm-curve-legend li")).stream().map(WebElement::getText))
                .containsExactly("Checkout (Current state)", "Checkout, calm");
        assertThat(pair.findElement(By.cssSelector("path.jm-curve-older")).getAttribute("d")).startsWith("M");
        assertThat(pair.findElement(By.cssSelector("path.jm-curve-newer")).getAttribute("d")).startsWith("M")
                .as("the future state's curve differs in the first stage")
                .isNotEqualTo(pair.findElement(By.cssSelector("path.jm-curve-older")).getAttribute("d"));
        assertThat(pair.findElement(By.cssSelector("path.jm-curve-older")).getCssValue("stroke-dasharray"))
                .as("told apart by more than colour").isNotEqualTo("none");

        List<String> header = pair.findElements(By.cssSelector(".jm-curve-pair-table thead th")).stream().map(WebElement::getText).toList();
        assertThat(header).containsExactly("Stage", "Checkout (Current state)", "Checkout, calm");
        List<String> rows = pair.findElements(By.cssSelector(".jm-curve-pair-table tbody tr")).stream()
                .map(row -> String.join(" ", row.findElements(By.cssSelector("th, td")).stream()
                        .map(cell -> cell.getAttribute("textContent").strip()).toList())).toList();
        String firstName = current.get("stages").get(0).get("name").asText();
        String secondName = current.get("stages").get(1).get("name").asText();
        assertThat(rows).hasSize(current.get("stages").size());
        assertThat(rows.get(0)).isEqualTo(firstName + " \u22122 +0.5");
        assertThat(rows.get(1)).isEqualTo(secondName + " +1 +1");
        assertThat(rows.get(2)).endsWith("\u2013 \u2013");
        assertThat(byId("jm-comparison").getText()).contains("Sure");
        Accessibility.assertNoModerateOrWorseViolations(driver, "comparison with both curves");
        screenshot("09-compare-curves");
    }
}

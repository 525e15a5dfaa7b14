package dev.journeymaps.standalone.browser;

import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, "history that tells the story … with the card it is about": the "On" cell of a card's history line links
 * to the card ({@code …/map/{id}?card={cardId}}) while the card exists, and is plain text once it is deleted.
 */
class HistoryCardLinksBrowserIT extends PageTest {

    private static List<WebElement> rows() {
        return driver.findElements(By.cssSelector(".jm-trail tbody tr"));
    }

    private static WebElement onCell(WebElement row) {
        return row.findElements(By.tagName("td")).get(3);
    }

    @Test
    void aCardsHistoryLinesLeadToTheCardWhileItExists() {
        JsonNode board = createMap("CARDLINK", "Returns", "current-state");
        long id = board.get("id").asLong();
        long pain = laneOfKind(board, "pain-points");
        long stage = board.get("stages").get(0).get("id").asLong();
        long kept = addCard(id, pain, stage, "Label printer offline", null);
        long gone = addCard(id, pain, stage, "Courier never came", null);
        send("DELETE", API + "/maps/" + id + "/cards/" + gone + "?version=" + map(id).get("version").asLong(), null);
        send("PUT", API + "/maps/" + id + "/stages/" + stage, "{\"version\":" + map(id).get("version").asLong() + ",\"name\":\"Send back\"}");

        open(PAGES + "/map/" + id + "/history");
        WebElement keptRow = rows().stream().filter(r -> r.getText().contains("Added pain point 'Label printer offline'")).findFirst().orElseThrow();
        WebElement link = onCell(keptRow).findElement(By.tagName("a"));
        assertThat(link.getText()).isEqualTo("Label printer offline");
        assertThat(link.getAttribute("href")).endsWith(PAGES + "/map/" + id + "?card=" + kept);
        for (WebElement row : rows()) {
            if (row.getText().contains("Courier never came")) {
                assertThat(onCell(row).findElements(By.tagName("a"))).as("a deleted card's line: %s", row.getText()).isEmpty();
            }
        }
        assertThat(rows().stream().filter(r -> r.getText().contains("Renamed stage")).findFirst().orElseThrow()
                .findElements(By.tagName("a"))).as("a stage line has no card link").isEmpty();
        List<String> violations = new AxeBuilder().analyze(driver).getViolations().stream()
                .filter(rule -> List.of("critical", "serious", "moderate").contains(rule.getImpact()))
                .map(rule -> rule.getImpact() + " " + rule.getId()).toList();
        assertThat(violations).as("history page with card links").isEmpty();

        link.click();
        until(d -> d.getCurrentUrl().contains("card=" + kept));
        WebElement panel = until(d -> d.findElement(By.id("jm-panel")).isDisplayed() ? d.findElement(By.id("jm-panel")) : null);
        until(d -> panel.getText().contains("Label printer offline"));
    }
}

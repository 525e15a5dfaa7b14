package dev.journeymaps.standalone.browser;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, point 5: the history tells the story — every change of stages, lanes, cards and the scope is named with
 * what and where ("Added pain point 'X' in Buy"), with the card or stage it is about in the "On" column.
 */
class HistoryStoryBrowserIT extends PageTest {

    private static List<String> trail(int column) {
        return driver.findElements(By.cssSelector(".jm-trail tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).get(column).getText()).toList();
    }

    @Test
    void everyChangeIsNamedWithWhatAndWhere() {
        JsonNode board = createMap("STORY", "Refunds", "current-state");
        long id = board.get("id").asLong();
        long pain = laneOfKind(board, "pain-points");
        long first = board.get("stages").get(0).get("id").asLong();
        String firstName = board.get("stages").get(0).get("name").asText();
        String secondName = board.get("stages").get(1).get("name").asText();
        long card = addCard(id, pain, first, "Refund takes two weeks", null);
        long other = addCard(id, pain, first, "No status updates", null);
        send("POST", API + "/maps/" + id + "/cards/" + card + "/move", "{\"version\":" + map(id).get("version").asLong()
                + ",\"laneId\":" + pain + ",\"stageId\":" + board.get("stages").get(1).get("id").asLong() + ",\"index\":0}");
        send("DELETE", API + "/maps/" + id + "/cards/" + other + "?version=" + map(id).get("version").asLong(), null);
        send("PUT", API + "/maps/" + id + "/stages/" + first, "{\"version\":" + map(id).get("version").asLong() + ",\"name\":\"Ask\"}");

        open(PAGES + "/map/" + id);
        openScope();
        byId("jm-edit-journey").click();
        WebElement journey = until(d -> d.findElement(By.id("jm-inline-journey")));
        reloadAfter(() -> {
            journey.sendKeys("From return request to money back");
            journey.sendKeys(Keys.ENTER);
        });

        open(PAGES + "/map/" + id + "/history");
        screenshot("07-history-story");
        assertThat(trail(4)).containsSubsequence(
                "Edited the journey",
                "Renamed stage '" + firstName + "' to 'Ask'",
                "Deleted pain point 'No status updates' from " + firstName,
                "Moved pain point 'Refund takes two weeks' from " + firstName + " to " + secondName,
                "Added pain point 'No status updates' in " + firstName,
                "Added pain point 'Refund takes two weeks' in " + firstName,
                "Created the map");
        assertThat(trail(3)).containsSubsequence("Refunds", "Ask", "No status updates", "Refund takes two weeks",
                "No status updates", "Refund takes two weeks");
        assertThat(trail(4)).doesNotContain("Edited the map");
    }
}

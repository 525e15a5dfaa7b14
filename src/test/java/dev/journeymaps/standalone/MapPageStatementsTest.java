package dev.journeymaps.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole map page — board, linked work and its status, personas, related maps, priorities and review —
 * costs the same SQL statements for a map of 5 pain points with 5 linked issues as for one of 200 with 200,
 * over real HTTP against the standalone server.
 */
class MapPageStatementsTest extends CountedServerTest {
    @Test
    void aMapPageCostsTheSameStatementsFor5And200LinkedPainPoints() {
        long small = mapWithLinkedPainPoints(5);
        long large = mapWithLinkedPainPoints(200);

        int smallFirst = statementsOfPage(small);
        int largeFirst = statementsOfPage(large);
        int smallAgain = statementsOfPage(small);
        int largeAgain = statementsOfPage(large);

        System.out.printf("Map page statements: 5 linked pain points = %d (first view %d), 200 = %d (first view %d)%n",
                smallAgain, smallFirst, largeAgain, largeFirst);
        assertThat(largeAgain).isEqualTo(smallAgain).as("the board is loaded once per page").isLessThanOrEqualTo(16);
        assertThat(largeFirst).as("the first view also confirms the issues with Jira in one fetch").isEqualTo(smallFirst);
    }

    private int statementsOfPage(long mapId) {
        counter.reset();
        RunningServer.Reply page = server.get("/plugins/servlet/journeymaps/map/" + mapId);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("jm-status-lozenge");
        return counter.count();
    }

    /** A map whose pain points each got an issue created from them (the offline demo tracker creates it). */
    private long mapWithLinkedPainPoints(int count) {
        JsonNode map = server.post(API + "/maps", "{\"projectKey\":\"PAGE\",\"title\":\"Map of " + count
                + "\",\"type\":\"current-state\"}").json();
        long mapId = map.get("id").asLong();
        long lane = 0;
        for (JsonNode candidate : map.get("lanes")) {
            lane = candidate.get("kind").asText().equals("pain-points") ? candidate.get("id").asLong() : lane;
        }
        long version = map.get("version").asLong();
        for (int i = 0; i < count; i++) {
            long stage = map.get("stages").get(i % map.get("stages").size()).get("id").asLong();
            JsonNode card = server.post(API + "/maps/" + mapId + "/cards", "{\"version\":" + version++ + ",\"laneId\":" + lane
                    + ",\"stageId\":" + stage + ",\"text\":\"Pain " + i + "\"}").json();
            RunningServer.Reply created = server.post(API + "/maps/" + mapId + "/cards/" + card.get("card").get("id").asLong()
                    + "/issues", "{\"version\":" + version++ + ",\"issueType\":\"Story\"}");
            assertThat(created.status()).as(created.body()).isEqualTo(201);
        }
        return mapId;
    }
}

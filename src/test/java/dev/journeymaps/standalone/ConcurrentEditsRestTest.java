package dev.journeymaps.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15 over real HTTP: two edits quoting the same map version on different cards both answer 200 (the second with
 * the version after the first's), and a second edit of the same card answers 409 saying what changed, by whom and at
 * which version (the author by display name, the key beside it in {@code conflict}), with nothing changed.
 */
class ConcurrentEditsRestTest {
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start(false);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void twoEditsQuotingTheSameVersionOnDifferentCardsBothAnswer200AndOnTheSameCardTheSecondIs409NamingTheChange() {
        RunningServer.Reply created = server.post("/rest/journeymaps/1.0/maps",
                "{\"projectKey\":\"TEST\",\"title\":\"Together\",\"type\":\"current-state\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long mapId = created.json().get("id").asLong();
        long lane = created.json().get("lanes").get(0).get("id").asLong();
        long stage = created.json().get("stages").get(0).get("id").asLong();
        long first = add(mapId, 1, lane, stage, "Card one");
        long second = add(mapId, 2, lane, stage, "Card two");
        long quoted = 3;

        RunningServer.Reply alice = server.put(card(mapId, first), "{\"version\":" + quoted + ",\"text\":\"Slow refunds\"}");
        RunningServer.Reply bob = server.put(card(mapId, second), "{\"version\":" + quoted + ",\"text\":\"Hidden fees\"}");

        assertThat(alice.status()).as(alice.body()).isEqualTo(200);
        assertThat(bob.status()).as(bob.body()).isEqualTo(200);
        assertThat(alice.json().get("version").asLong()).isEqualTo(4);
        assertThat(bob.json().get("version").asLong()).isEqualTo(5);
        JsonNode both = map(mapId);
        assertThat(both.get("version").asLong()).isEqualTo(5);
        assertThat(both.get("cards").findValuesAsText("text")).containsExactlyInAnyOrder("Slow refunds", "Hidden fees");

        RunningServer.Reply late = server.put(card(mapId, first), "{\"version\":" + quoted + ",\"text\":\"Mine\"}");

        assertThat(late.status()).as(late.body()).isEqualTo(409);
        assertThat(late.json().get("errorMessages").get(0).asText()).as("the author by display name, not by user key")
                .startsWith("'Slow refunds' was changed by Local administrator at version 4 (you edited version 3, it is now at version 5)")
                .doesNotContain("local-admin");
        JsonNode conflict = late.json().get("conflict");
        assertThat(conflict.get("quotedVersion").asLong()).isEqualTo(3);
        assertThat(conflict.get("currentVersion").asLong()).isEqualTo(5);
        assertThat(conflict.get("changedInVersion").asLong()).isEqualTo(4);
        assertThat(conflict.get("authorKey").asText()).isEqualTo("local-admin");
        assertThat(conflict.get("authorName").asText()).isEqualTo("Local administrator");
        assertThat(map(mapId)).isEqualTo(both);
    }

    private static long add(long mapId, long version, long lane, long stage, String text) {
        RunningServer.Reply reply = server.post("/rest/journeymaps/1.0/maps/" + mapId + "/cards",
                "{\"version\":" + version + ",\"laneId\":" + lane + ",\"stageId\":" + stage + ",\"text\":\"" + text + "\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("card").get("id").asLong();
    }

    private static String card(long mapId, long cardId) {
        return "/rest/journeymaps/1.0/maps/" + mapId + "/cards/" + cardId;
    }

    private static JsonNode map(long id) {
        RunningServer.Reply reply = server.get("/rest/journeymaps/1.0/maps/" + id);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }
}

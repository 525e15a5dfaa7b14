package dev.journeymaps.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Undo of one's own last card delete or move, over real HTTP on the demo map: everything comes back, audited. */
class UndoRestApiTest {
    private static final String API = "/rest/journeymaps/1.0";
    private static RunningServer server;
    private static long mapId;

    @BeforeAll
    static void start() {
        server = RunningServer.start(true);
        mapId = server.get(API + "/maps?projectKey=DEMO").json().get(0).get("map").get("id").asLong();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode get(String path) {
        RunningServer.Reply reply = server.get(API + path);
        assertThat(reply.status()).as(path + ": " + reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static JsonNode priorityOf(String text) {
        for (JsonNode card : get("/maps/" + mapId + "/priorities").get("cards")) {
            if (card.get("text").asText().equals(text)) {
                return card;
            }
        }
        return null;
    }

    @Test
    void undoingADeletePutsBackTheCardWithItsEvidenceLinksScoreAndOwnerAsANewAuditedVersion() {
        JsonNode full = null;
        for (JsonNode card : get("/maps/" + mapId + "/priorities").get("cards")) {
            if (!card.get("owner").isNull() && !card.get("impact").isNull() && card.get("evidence").get("items").asInt() > 0
                    && card.get("linkedWork").get("issues").asInt() > 0) {
                full = card;
                break;
            }
        }
        assertThat(full).as("a demo card with owner, score, evidence and links").isNotNull();
        String text = full.get("text").asText();
        JsonNode before = get("/maps/" + mapId + "/cards/" + full.get("cardId").asLong());
        long version = before.get("version").asLong();

        RunningServer.Reply deleted = server.delete(API + "/maps/" + mapId + "/cards/" + full.get("cardId").asLong() + "?version=" + version);
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        assertThat(priorityOf(text)).isNull();

        RunningServer.Reply undone = server.post(API + "/maps/" + mapId + "/undo", "{\"version\":" + (version + 1) + "}");
        assertThat(undone.status()).as(undone.body()).isEqualTo(200);
        assertThat(undone.json().get("version").asLong()).isEqualTo(version + 2);

        JsonNode back = priorityOf(text);
        assertThat(back).isNotNull();
        assertThat(back.get("owner").get("key").asText()).isEqualTo(full.get("owner").get("key").asText());
        assertThat(back.get("impact").asInt()).isEqualTo(full.get("impact").asInt());
        assertThat(back.get("feasibility")).isEqualTo(full.get("feasibility"));
        assertThat(back.get("evidence").get("items").asInt()).isEqualTo(full.get("evidence").get("items").asInt());
        assertThat(back.get("linkedWork").get("issues").asInt()).isEqualTo(full.get("linkedWork").get("issues").asInt());
        JsonNode card = get("/maps/" + mapId + "/cards/" + undone.json().get("cardId").asLong());
        assertThat(card.get("card").get("laneId")).isEqualTo(before.get("card").get("laneId"));
        assertThat(card.get("card").get("stageId")).isEqualTo(before.get("card").get("stageId"));
        assertThat(card.get("card").get("position")).isEqualTo(before.get("card").get("position"));
        assertThat(card.get("card").get("evidence").findValuesAsText("quote"))
                .isEqualTo(before.get("card").get("evidence").findValuesAsText("quote"));
        List<String> actions = new ArrayList<>();
        get("/maps/" + mapId + "/history").forEach(e -> actions.add(e.get("action").asText()));
        assertThat(actions).contains("card.restored");

        // Undone once: a second undo finds nothing of ours to take back and changes nothing.
        RunningServer.Reply again = server.post(API + "/maps/" + mapId + "/undo", "{\"version\":" + (version + 2) + "}");
        assertThat(again.status()).isEqualTo(400);
        assertThat(get("/maps/" + mapId).get("version").asLong()).isEqualTo(version + 2);
    }

    @Test
    void undoingAMovePutsTheCardBackInItsCellAndPlace() {
        JsonNode map = get("/maps/" + mapId);
        JsonNode card = map.get("cards").get(0);
        long version = map.get("version").asLong();
        long otherStage = 0;
        for (JsonNode stage : map.get("stages")) {
            if (stage.get("id").asLong() != card.get("stageId").asLong()) {
                otherStage = stage.get("id").asLong();
            }
        }
        RunningServer.Reply moved = server.post(API + "/maps/" + mapId + "/cards/" + card.get("id").asLong() + "/move",
                "{\"version\":" + version + ",\"laneId\":" + card.get("laneId").asLong() + ",\"stageId\":" + otherStage + ",\"index\":0}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);

        RunningServer.Reply undone = server.post(API + "/maps/" + mapId + "/undo", "{\"version\":" + (version + 1) + "}");
        assertThat(undone.status()).as(undone.body()).isEqualTo(200);

        JsonNode back = get("/maps/" + mapId + "/cards/" + card.get("id").asLong()).get("card");
        assertThat(back.get("stageId")).isEqualTo(card.get("stageId"));
        assertThat(back.get("position")).isEqualTo(card.get("position"));
    }

    @Test
    void someoneElsesLaterChangeCannotBeUndoneAndNothingChanges() {
        JsonNode map = get("/maps/" + mapId);
        long version = map.get("version").asLong();
        RunningServer.Reply renamed = server.put(API + "/maps/" + mapId + "/stages/" + map.get("stages").get(0).get("id").asLong(),
                "{\"version\":" + version + ",\"name\":\"Discover again\"}");
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);

        RunningServer.Reply undone = server.post(API + "/maps/" + mapId + "/undo", "{\"version\":" + (version + 1) + "}");
        assertThat(undone.status()).isEqualTo(400);
        assertThat(undone.json().get("errorMessages").get(0).asText()).contains("nothing of yours to undo");
        assertThat(get("/maps/" + mapId).get("version").asLong()).isEqualTo(version + 1);
    }
}

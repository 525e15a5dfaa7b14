package dev.journeymaps.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Undo of one's own last card, stage, lane or evidence delete or card move, over real HTTP on the demo map: everything
 * comes back, audited.
 */
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
        assertThat(get("/maps/" + mapId + "/history").get(0).get("summary").asText()).isEqualTo("Undid deleting card '" + text + "'");

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

    /** Per card text: lane, position, evidence quotes, linked issue count, owner key and impact (what must come back). */
    private static java.util.Map<String, String> cardsOf(java.util.function.Predicate<JsonNode> which) {
        java.util.Map<String, String> cards = new java.util.TreeMap<>();
        JsonNode map = get("/maps/" + mapId);
        java.util.Map<String, JsonNode> priorities = new java.util.HashMap<>();
        get("/maps/" + mapId + "/priorities").get("cards").forEach(p -> priorities.put(p.get("text").asText(), p));
        for (JsonNode card : map.get("cards")) {
            if (which.test(card)) {
                JsonNode full = get("/maps/" + mapId + "/cards/" + card.get("id").asLong()).get("card");
                JsonNode p = priorities.get(card.get("text").asText());
                cards.put(card.get("text").asText(), full.get("position") + "|" + full.get("evidence").findValuesAsText("quote")
                        + (p == null ? "" : "|" + p.get("linkedWork").get("issues").asInt() + "|" + p.get("owner") + "|" + p.get("impact")));
            }
        }
        return cards;
    }

    @Test
    void undoingAStageDeletePutsBackTheStageInItsPlaceWithItsCardsEvidenceLinksScoresAndOwners() {
        JsonNode map = get("/maps/" + mapId);
        long version = map.get("version").asLong();
        JsonNode stage = map.get("stages").get(1);
        long stageId = stage.get("id").asLong();
        java.util.Map<String, String> before = cardsOf(card -> card.get("stageId").asLong() == stageId);
        assertThat(before).as("the demo's second stage has cards").isNotEmpty();
        assertThat(before.values()).as("some with links and owners").anySatisfy(v -> assertThat(v).doesNotEndWith("|0|null|null"));

        RunningServer.Reply deleted = server.delete(API + "/maps/" + mapId + "/stages/" + stageId + "?version=" + version);
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        RunningServer.Reply undone = server.post(API + "/maps/" + mapId + "/undo", "{\"version\":" + (version + 1) + "}");
        assertThat(undone.status()).as(undone.body()).isEqualTo(200);
        assertThat(undone.json().get("what").asText()).isEqualTo("stage");
        assertThat(undone.json().get("version").asLong()).isEqualTo(version + 2);

        JsonNode after = get("/maps/" + mapId);
        List<String> names = new ArrayList<>();
        after.get("stages").forEach(s -> names.add(s.get("name").asText()));
        List<String> namesBefore = new ArrayList<>();
        map.get("stages").forEach(s -> namesBefore.add(s.get("name").asText()));
        assertThat(names).isEqualTo(namesBefore);
        long restoredId = undone.json().get("id").asLong();
        assertThat(after.get("stages").get(1).get("id").asLong()).isEqualTo(restoredId);
        assertThat(cardsOf(card -> card.get("stageId").asLong() == restoredId)).isEqualTo(before);
        JsonNode line = get("/maps/" + mapId + "/history").get(0);
        assertThat(line.get("action").asText()).isEqualTo("stage.restored");
        assertThat(line.get("summary").asText()).startsWith("Undid deleting stage '" + stage.get("name").asText() + "' and its ");
    }

    @Test
    void undoingALaneDeletePutsBackTheLaneWithItsKindPlaceAndCards() {
        JsonNode map = get("/maps/" + mapId);
        long version = map.get("version").asLong();
        JsonNode lane = null;
        for (JsonNode l : map.get("lanes")) {
            if (l.get("kind").asText().equals("pain-points") || l.get("kind").asText().equals("PAIN_POINTS")) {
                lane = l;
            }
        }
        assertThat(lane).as("the demo's pain points lane, in %s", map.get("lanes")).isNotNull();
        long laneId = lane.get("id").asLong();
        java.util.Map<String, String> before = cardsOf(card -> card.get("laneId").asLong() == laneId);
        assertThat(before).isNotEmpty();

        RunningServer.Reply deleted = server.delete(API + "/maps/" + mapId + "/lanes/" + laneId + "?version=" + version);
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        RunningServer.Reply undone = server.post(API + "/maps/" + mapId + "/undo", "{\"version\":" + (version + 1) + "}");
        assertThat(undone.status()).as(undone.body()).isEqualTo(200);
        assertThat(undone.json().get("what").asText()).isEqualTo("lane");

        long restoredId = undone.json().get("id").asLong();
        JsonNode back = null;
        for (JsonNode l : get("/maps/" + mapId).get("lanes")) {
            if (l.get("id").asLong() == restoredId) {
                back = l;
            }
        }
        assertThat(back).isNotNull();
        assertThat(back.get("kind")).isEqualTo(lane.get("kind"));
        assertThat(back.get("title")).isEqualTo(lane.get("title"));
        assertThat(back.get("position")).isEqualTo(lane.get("position"));
        assertThat(cardsOf(card -> card.get("laneId").asLong() == restoredId)).isEqualTo(before);
        assertThat(get("/maps/" + mapId + "/history").get(0).get("summary").asText())
                .startsWith("Undid deleting lane '" + lane.get("title").asText() + "'");
    }

    @Test
    void undoingAnEvidenceDeletePutsItBackOnItsCard() {
        JsonNode withEvidence = null;
        for (JsonNode card : get("/maps/" + mapId).get("cards")) {
            JsonNode full = get("/maps/" + mapId + "/cards/" + card.get("id").asLong());
            if (full.get("card").get("evidence").size() > 0) {
                withEvidence = full;
                break;
            }
        }
        assertThat(withEvidence).isNotNull();
        long cardId = withEvidence.get("card").get("id").asLong();
        long version = withEvidence.get("version").asLong();
        JsonNode evidence = withEvidence.get("card").get("evidence").get(0);
        RunningServer.Reply deleted = server.delete(API + "/maps/" + mapId + "/cards/" + cardId + "/evidence/"
                + evidence.get("id").asLong() + "?version=" + version);
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        assertThat(get("/maps/" + mapId + "/cards/" + cardId).get("card").get("evidence").findValuesAsText("quote"))
                .doesNotContain(evidence.get("quote").asText());

        RunningServer.Reply undone = server.post(API + "/maps/" + mapId + "/undo", "{\"version\":" + (version + 1) + "}");
        assertThat(undone.status()).as(undone.body()).isEqualTo(200);
        assertThat(undone.json().get("cardId").asLong()).isEqualTo(cardId);
        assertThat(get("/maps/" + mapId + "/cards/" + cardId).get("card").get("evidence").findValuesAsText("quote"))
                .containsExactlyInAnyOrderElementsOf(withEvidence.get("card").get("evidence").findValuesAsText("quote"));
        assertThat(get("/maps/" + mapId + "/history").get(0).get("action").asText()).isEqualTo("evidence.restored");
    }
}

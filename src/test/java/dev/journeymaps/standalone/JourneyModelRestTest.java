package dev.journeymaps.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The REST API of personas, hidden lanes, scores, channels, evidence, future-state maps and list filters, over real HTTP. */
class JourneyModelRestTest {
    private static final String API = "/rest/journeymaps/1.0";
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start(false);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode created(RunningServer.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private static JsonNode map(long id) {
        RunningServer.Reply reply = server.get(API + "/maps/" + id);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static JsonNode newMap(String project, String title, String type, String extra) {
        return created(server.post(API + "/maps", "{\"projectKey\":\"" + project + "\",\"title\":\"" + title + "\",\"type\":\"" + type + "\"" + extra + "}"));
    }

    private static long lane(JsonNode map, String kind) {
        for (JsonNode lane : map.get("lanes")) {
            if (lane.get("kind").asText().equals(kind)) {
                return lane.get("id").asLong();
            }
        }
        throw new AssertionError("no lane of kind " + kind);
    }

    private static long stage(JsonNode map, int index) {
        return map.get("stages").get(index).get("id").asLong();
    }

    /** Sends a bad request and checks it is a 4xx in Jira's error shape that left the map exactly as it was. */
    private static JsonNode refusedWithoutChange(long mapId, int status, RunningServer.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        JsonNode error = reply.json();
        assertThat(error.has("errorMessages") && error.has("errors")).as(reply.body()).isTrue();
        return error;
    }

    private static void assertUnchanged(JsonNode before, long mapId) {
        assertThat(map(mapId)).isEqualTo(before);
    }

    @Test
    void personasAreCreatedListedEditedAndDeletedButNotWhileAMapUsesThem() {
        JsonNode priya = created(server.post(API + "/personas",
                "{\"projectKey\":\"PER\",\"name\":\"Priya\",\"description\":\"Head of ops\",\"goals\":\"One dashboard\",\"frustrations\":\"Waiting for IT\"}"));
        long id = priya.get("id").asLong();
        assertThat(priya.get("version").asLong()).isEqualTo(1);

        JsonNode edited = server.put(API + "/personas/" + id, "{\"version\":1,\"name\":\"Priya P.\",\"goals\":\"Trusted numbers\"}").json();
        assertThat(edited.get("name").asText()).isEqualTo("Priya P.");
        assertThat(edited.get("version").asLong()).isEqualTo(2);
        assertThat(server.put(API + "/personas/" + id, "{\"version\":1,\"name\":\"Stale\"}").status()).isEqualTo(409);
        assertThat(server.put(API + "/personas/" + id, "{\"version\":2,\"name\":\"" + "n".repeat(121) + "\"}").json()
                .get("errors").has("name")).isTrue();
        assertThat(server.put(API + "/personas/" + id, "{\"version\":2,\"name\":\"\"}").status()).isEqualTo(400);
        assertThat(server.get(API + "/personas/987654").status()).isEqualTo(404);
        assertThat(server.get(API + "/personas?projectKey=PER").json()).singleElement()
                .satisfies(p -> assertThat(p.get("name").asText()).isEqualTo("Priya P."));

        JsonNode map = newMap("PER", "Uses Priya", "current-state", ",\"personaId\":" + id);
        assertThat(map.get("personaId").asLong()).isEqualTo(id);
        RunningServer.Reply refused = server.delete(API + "/personas/" + id + "?version=2");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errorMessages").get(0).asText()).contains("\"Uses Priya\"");
        assertThat(server.get(API + "/personas/" + id).status()).isEqualTo(200);

        JsonNode before = map(map.get("id").asLong());
        refusedWithoutChange(map.get("id").asLong(), 400, server.put(API + "/maps/" + map.get("id").asLong(),
                "{\"version\":1,\"title\":\"Uses Priya\",\"type\":\"current-state\",\"personaId\":987654}"));
        assertUnchanged(before, map.get("id").asLong());
        assertThat(server.put(API + "/maps/" + map.get("id").asLong(),
                "{\"version\":1,\"title\":\"Uses Priya\",\"type\":\"current-state\",\"personaId\":null}").status()).isEqualTo(200);
        assertThat(server.delete(API + "/personas/" + id + "?version=2").status()).isEqualTo(204);
        assertThat(server.get(API + "/personas/" + id).status()).isEqualTo(404);
    }

    @Test
    void aLaneIsHiddenAndShownAgainAndKeepsItsCards() {
        JsonNode map = newMap("LANE", "Hiding", "current-state", "");
        long mapId = map.get("id").asLong();
        long thoughts = lane(map, "thoughts");
        server.post(API + "/maps/" + mapId + "/cards", "{\"version\":1,\"laneId\":" + thoughts + ",\"stageId\":" + stage(map, 0) + ",\"text\":\"Hmm\"}");

        JsonNode hidden = server.put(API + "/maps/" + mapId + "/lanes/" + thoughts, "{\"version\":2,\"hidden\":true}").json();
        assertThat(hidden.get("lane").get("hidden").asBoolean()).isTrue();
        assertThat(hidden.get("lane").get("title").asText()).isEqualTo("Thoughts");
        JsonNode before = map(mapId);
        refusedWithoutChange(mapId, 400, server.put(API + "/maps/" + mapId + "/lanes/" + thoughts, "{\"version\":3}"));
        refusedWithoutChange(mapId, 404, server.put(API + "/maps/" + mapId + "/lanes/987654", "{\"version\":3,\"hidden\":true}"));
        refusedWithoutChange(mapId, 400, server.put(API + "/maps/" + mapId + "/lanes/" + thoughts,
                "{\"version\":3,\"title\":\"" + "t".repeat(121) + "\"}"));
        assertUnchanged(before, mapId);
        assertThat(server.put(API + "/maps/" + mapId + "/lanes/" + thoughts, "{\"version\":3,\"hidden\":false}").json()
                .get("lane").get("hidden").asBoolean()).isFalse();
        assertThat(map(mapId).get("cards")).hasSize(1);
    }

    @Test
    void emotionScoresAndChannelsAreValidatedAndBadOnesChangeNothing() {
        JsonNode map = newMap("EMO", "Scores", "current-state", "");
        long mapId = map.get("id").asLong();
        String cards = API + "/maps/" + mapId + "/cards";
        long emotions = lane(map, "emotions");
        long touchpoints = lane(map, "touchpoints");
        long pain = lane(map, "pain-points");
        JsonNode card = created(server.post(cards, "{\"version\":1,\"laneId\":" + emotions + ",\"stageId\":" + stage(map, 0)
                + ",\"text\":\"Anxious\",\"emotion\":-2}")).get("card");
        assertThat(card.get("emotion").asInt()).isEqualTo(-2);
        created(server.post(cards, "{\"version\":2,\"laneId\":" + touchpoints + ",\"stageId\":" + stage(map, 0)
                + ",\"text\":\"Pricing page\",\"channel\":\"web\"}"));
        created(server.post(cards, "{\"version\":3,\"laneId\":" + touchpoints + ",\"stageId\":" + stage(map, 1)
                + ",\"text\":\"Sales call\",\"channel\":\"phone\"}"));
        JsonNode before = map(mapId);
        String at = "\"version\":4,\"stageId\":" + stage(map, 1);

        assertThat(refusedWithoutChange(mapId, 400, server.post(cards, "{" + at + ",\"laneId\":" + emotions + ",\"text\":\"x\",\"emotion\":4}"))
                .get("errors").has("emotion")).isTrue();
        refusedWithoutChange(mapId, 400, server.post(cards, "{" + at + ",\"laneId\":" + emotions + ",\"text\":\"x\",\"emotion\":-4}"));
        refusedWithoutChange(mapId, 400, server.post(cards, "{" + at + ",\"laneId\":" + emotions + ",\"text\":\"x\",\"emotion\":2.5}"));
        refusedWithoutChange(mapId, 400, server.post(cards, "{" + at + ",\"laneId\":" + emotions + ",\"text\":\"x\",\"emotion\":\"2\"}"));
        refusedWithoutChange(mapId, 400, server.post(cards, "{" + at + ",\"laneId\":" + pain + ",\"text\":\"x\",\"emotion\":1}"));
        refusedWithoutChange(mapId, 400, server.post(cards, "{" + at + ",\"laneId\":" + touchpoints + ",\"text\":\"x\",\"channel\":\"fax\"}"));
        refusedWithoutChange(mapId, 400, server.post(cards, "{" + at + ",\"laneId\":" + pain + ",\"text\":\"x\",\"channel\":\"web\"}"));
        refusedWithoutChange(mapId, 400, server.post(cards, "{" + at + ",\"laneId\":" + pain + ",\"text\":\"" + "x".repeat(501) + "\"}"));
        refusedWithoutChange(mapId, 404, server.put(cards + "/987654", "{\"version\":4,\"text\":\"x\"}"));
        refusedWithoutChange(mapId, 400, server.put(cards + "/" + card.get("id").asLong(), "{\"version\":4,\"text\":\"Anxious\",\"emotion\":9}"));
        assertUnchanged(before, mapId);

        JsonNode curve = before.get("emotionCurve");
        assertThat(curve.get(0).get("score").asDouble()).isEqualTo(-2.0);
        assertThat(curve.get(0).get("lowest").asBoolean()).isTrue();
        assertThat(curve.get(1).get("score").isNull()).isTrue();
    }

    @Test
    void evidenceIsAddedEditedAndDeletedAndBadEvidenceChangesNothing() {
        JsonNode map = newMap("EVI", "Evidence", "current-state", "");
        long mapId = map.get("id").asLong();
        long pain = created(server.post(API + "/maps/" + mapId + "/cards", "{\"version\":1,\"laneId\":" + lane(map, "pain-points")
                + ",\"stageId\":" + stage(map, 2) + ",\"text\":\"Needs IT credentials\"}")).get("card").get("id").asLong();
        long thought = created(server.post(API + "/maps/" + mapId + "/cards", "{\"version\":2,\"laneId\":" + lane(map, "thoughts")
                + ",\"stageId\":" + stage(map, 2) + ",\"text\":\"Hmm\"}")).get("card").get("id").asLong();
        String evidence = API + "/maps/" + mapId + "/cards/" + pain + "/evidence";
        assertThat(map(mapId).get("cards").get(0).get("assumption").asBoolean()).isTrue();
        JsonNode before = map(mapId);

        assertThat(refusedWithoutChange(mapId, 400, server.post(evidence, "{\"version\":3,\"type\":\"interview\",\"sourceUrl\":\"javascript:alert(1)\"}"))
                .get("errors").has("sourceUrl")).isTrue();
        refusedWithoutChange(mapId, 400, server.post(evidence, "{\"version\":3,\"type\":\"interview\",\"sourceUrl\":\"data:text/html,x\"}"));
        refusedWithoutChange(mapId, 400, server.post(evidence, "{\"version\":3,\"type\":\"rumour\"}"));
        refusedWithoutChange(mapId, 400, server.post(evidence, "{\"version\":3}"));
        refusedWithoutChange(mapId, 400, server.post(evidence, "{\"version\":3,\"type\":\"survey\",\"customersAffected\":-1}"));
        refusedWithoutChange(mapId, 400, server.post(evidence, "{\"version\":3,\"type\":\"survey\",\"customersAffected\":1.5}"));
        refusedWithoutChange(mapId, 400, server.post(evidence, "{\"version\":3,\"type\":\"survey\",\"date\":\"yesterday\"}"));
        refusedWithoutChange(mapId, 400, server.post(evidence, "{\"version\":3,\"type\":\"survey\",\"quote\":\"" + "q".repeat(2001) + "\"}"));
        refusedWithoutChange(mapId, 400, server.post(API + "/maps/" + mapId + "/cards/" + thought + "/evidence", "{\"version\":3,\"type\":\"survey\"}"));
        refusedWithoutChange(mapId, 404, server.post(API + "/maps/" + mapId + "/cards/987654/evidence", "{\"version\":3,\"type\":\"survey\"}"));
        // Quoting version 1, before the card existed (version 2 added it): a real conflict.
        refusedWithoutChange(mapId, 409, server.post(evidence, "{\"version\":1,\"type\":\"survey\"}"));
        assertUnchanged(before, mapId);

        JsonNode added = created(server.post(evidence, "{\"version\":3,\"type\":\"interview\",\"quantitative\":false,\"customersAffected\":9,"
                + "\"sourceUrl\":\"https://research.example.com/trial\",\"quote\":\"We waited a week for IT\",\"date\":\"2026-10-02\"}"));
        long evidenceId = added.get("evidence").get("id").asLong();
        assertThat(added.get("version").asLong()).isEqualTo(4);
        assertThat(added.get("evidence").get("date").asText()).isEqualTo("2026-10-02");
        JsonNode withEvidence = map(mapId);
        assertThat(withEvidence.get("validation").get("backed").asInt()).isEqualTo(1);
        assertThat(withEvidence.get("cards").get(0).get("assumption").asBoolean()).isFalse();

        refusedWithoutChange(mapId, 400, server.put(evidence + "/" + evidenceId, "{\"version\":4,\"type\":\"survey\",\"sourceUrl\":\"javascript:alert(1)\"}"));
        refusedWithoutChange(mapId, 404, server.put(evidence + "/987654", "{\"version\":4,\"type\":\"survey\"}"));
        assertUnchanged(withEvidence, mapId);
        JsonNode edited = server.put(evidence + "/" + evidenceId, "{\"version\":4,\"type\":\"survey\",\"quantitative\":true,\"customersAffected\":120}").json();
        assertThat(edited.get("evidence").get("type").asText()).isEqualTo("survey");
        assertThat(server.delete(evidence + "/" + evidenceId + "?version=5").json().get("version").asLong()).isEqualTo(6);
        assertThat(map(mapId).get("cards").get(0).get("evidence")).isEmpty();
    }

    @Test
    void aFutureStateMapIsCreatedFromACurrentStateMapAndTheyLinkBothWays() {
        JsonNode current = newMap("FUT", "Checkout", "current-state", "");
        long currentId = current.get("id").asLong();
        server.post(API + "/maps/" + currentId + "/cards", "{\"version\":1,\"laneId\":" + lane(current, "pain-points")
                + ",\"stageId\":" + stage(current, 0) + ",\"text\":\"Slow\"}");

        RunningServer.Reply reply = server.post(API + "/maps/" + currentId + "/future-state", "{}");

        JsonNode future = created(reply);
        assertThat(reply.location()).endsWith(API + "/maps/" + future.get("id").asLong());
        assertThat(future.get("type").asText()).isEqualTo("future-state");
        assertThat(future.get("originMapId").asLong()).isEqualTo(currentId);
        assertThat(future.get("cards").findValuesAsText("text")).containsExactly("Slow");
        assertThat(map(currentId).get("futureStateMapIds")).singleElement()
                .satisfies(id -> assertThat(id.asLong()).isEqualTo(future.get("id").asLong()));
        assertThat(server.post(API + "/maps/" + future.get("id").asLong() + "/future-state", "{}").status()).isEqualTo(400);
        assertThat(server.post(API + "/maps/987654/future-state", "{}").status()).isEqualTo(404);
    }

    @Test
    void theMapListFiltersByTypePersonaOwnerAndTitle() {
        long persona = created(server.post(API + "/personas", "{\"projectKey\":\"FLT\",\"name\":\"Sam\"}")).get("id").asLong();
        newMap("FLT", "Checkout today", "current-state", ",\"personaId\":" + persona);
        newMap("FLT", "Checkout blueprint", "service-blueprint", "");
        newMap("FLT", "Returns", "current-state", ",\"owner\":\"dana.whitfield\"");

        assertThat(titles("&type=current-state")).containsExactlyInAnyOrder("Checkout today", "Returns");
        assertThat(titles("&personaId=" + persona)).containsExactly("Checkout today");
        assertThat(titles("&owner=dana.whitfield")).containsExactly("Returns");
        assertThat(titles("&q=checkout")).containsExactlyInAnyOrder("Checkout today", "Checkout blueprint");
        assertThat(titles("&q=checkout&type=service-blueprint")).containsExactly("Checkout blueprint");
        assertThat(server.get(API + "/maps?projectKey=FLT&type=poster").status()).isEqualTo(400);
    }

    private static List<String> titles(String query) {
        RunningServer.Reply reply = server.get(API + "/maps?projectKey=FLT" + query);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<String> titles = new ArrayList<>();
        reply.json().forEach(row -> titles.add(row.get("map").get("title").asText()));
        return titles;
    }
}

package dev.journeymaps.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input gets 400 with the field named and changes nothing — over HTTP, for the values Jackson and JAX-RS used to
 * bend into something else (4.9 → 4, "33" → 33, -1 → first), answer with 404 or 500, or take without checking.
 */
class StrictInputRestTest {
    private static final String API = "/rest/journeymaps/1.0";
    private static RunningServer server;
    private static long mapId;
    private static long stageId;
    private static long laneId;
    private static long cardId;

    @BeforeAll
    static void start() {
        server = RunningServer.start(false);
        JsonNode map = server.post(API + "/maps", "{\"projectKey\":\"STRICT\",\"title\":\"Strict\",\"type\":\"current-state\"}").json();
        mapId = map.get("id").asLong();
        stageId = map.get("stages").get(0).get("id").asLong();
        for (JsonNode lane : map.get("lanes")) {
            if (lane.get("kind").asText().equals("pain-points")) {
                laneId = lane.get("id").asLong();
            }
        }
        cardId = server.post(cards(), "{\"version\":1,\"laneId\":" + laneId + ",\"stageId\":" + stageId + ",\"text\":\"Slow\"}")
                .json().get("card").get("id").asLong();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void evidenceDatesAfter9999OrBefore1900AreRefusedOnTheDateField() {
        String evidence = cards() + "/" + cardId + "/evidence";
        for (String date : new String[] {"+10000-01-01", "10000-01-01", "99999-12-31", "1899-12-31", "2026-02-30", "2026-1-5"}) {
            refused(() -> server.post(evidence, "{\"version\":" + version() + ",\"type\":\"survey\",\"date\":\"" + date + "\"}"), "date");
        }
        RunningServer.Reply last = server.post(evidence, "{\"version\":" + version() + ",\"type\":\"survey\",\"date\":\"9999-12-31\"}");
        assertThat(last.status()).as(last.body()).isEqualTo(201);
        assertThat(last.json().get("evidence").get("date").asText()).isEqualTo("9999-12-31");
    }

    @Test
    void aMapsOwnerMustBeAUserTheDirectoryKnowsOnCreateAndEdit() {
        refused(() -> server.post(API + "/maps", "{\"projectKey\":\"STRICT\",\"title\":\"Owned\",\"type\":\"current-state\",\"owner\":\"mallory\"}"), "owner");
        refused(() -> server.put(API + "/maps/" + mapId, "{\"version\":" + version() + ",\"title\":\"Strict\",\"type\":\"current-state\",\"owner\":\"mallory\"}"), "owner");

        RunningServer.Reply known = server.post(API + "/maps", "{\"projectKey\":\"STRICT\",\"title\":\"Owned\",\"type\":\"current-state\",\"owner\":\"dana.whitfield\"}");
        assertThat(known.status()).as(known.body()).isEqualTo(201);
        assertThat(known.json().get("owner").asText()).isEqualTo("dana.whitfield");
    }

    @Test
    void decimalsAndQuotedNumbersAreNotBentIntoWholeNumbers() {
        String triage = API + "/maps/" + mapId + "/triage/" + cardId;
        refused(() -> server.put(triage, "{\"version\":" + version() + ",\"impact\":4.9,\"feasibility\":3}"), "impact");
        refused(() -> server.put(triage, "{\"version\":" + version() + ",\"impact\":\"4\",\"feasibility\":3}"), "impact");
        refused(() -> server.put(triage, "{\"version\":" + version() + ".9,\"impact\":4,\"feasibility\":3}"), "version");
        refused(() -> server.put(triage, "{\"version\":\"" + version() + "\",\"impact\":4,\"feasibility\":3}"), "version");
        refused(() -> server.put(API + "/maps/" + mapId + "/lanes/" + laneId, "{\"version\":" + version() + ",\"hidden\":\"true\"}"), "hidden");
        refused(() -> server.put(API + "/maps/" + mapId + "/lanes/" + laneId, "{\"version\":" + version() + ",\"hidden\":1}"), "hidden");
        refused(() -> server.put(API + "/maps/" + mapId, "{\"version\":" + version() + ",\"title\":5,\"type\":\"current-state\"}"), "title");
        refused(() -> server.post(API + "/maps/" + mapId + "/stages", "{\"version\":" + version() + ",\"name\":\"Half\",\"index\":1.5}"), "index");

        // What is meant stays accepted: a whole number where a decimal may go (RICE impact 3 = 3.0).
        RunningServer.Reply rice = server.put(triage, "{\"version\":" + version() + ",\"reach\":100,\"riceImpact\":3,\"effort\":2}");
        assertThat(rice.status()).as(rice.body()).isEqualTo(200);
    }

    @Test
    void negativePositionsAreRefusedNotTakenAsFirst() {
        refused(() -> server.post(API + "/maps/" + mapId + "/stages", "{\"version\":" + version() + ",\"name\":\"First?\",\"index\":-1}"), "index");
        refused(() -> server.post(API + "/maps/" + mapId + "/lanes", "{\"version\":" + version() + ",\"kind\":\"metrics\",\"title\":\"NPS\",\"index\":-1}"), "index");
        refused(() -> server.post(cards(), "{\"version\":" + version() + ",\"laneId\":" + laneId + ",\"stageId\":" + stageId + ",\"text\":\"x\",\"index\":-1}"), "index");
        refused(() -> server.post(API + "/maps/" + mapId + "/stages/" + stageId + "/move", "{\"version\":" + version() + ",\"index\":-1}"), "index");
        refused(() -> server.post(cards() + "/" + cardId + "/move", "{\"version\":" + version() + ",\"laneId\":" + laneId + ",\"stageId\":" + stageId + ",\"index\":-1}"), "index");
    }

    @Test
    void queryParametersThatAreNotNumbersAre400NamingTheParameterNot404() {
        refused(() -> server.delete(API + "/maps/" + mapId + "?version=abc"), "version");
        refused(() -> server.delete(cards() + "/" + cardId + "?version=1.5"), "version");
        refused(() -> server.get(API + "/maps?projectKey=STRICT&personaId=x"), "personaId");
        refused(() -> server.get(API + "/users?query=dana&limit=ten"), "limit");
        refused(() -> server.get(API + "/maps/" + mapId + "/snapshots/diff?from=first"), "from");
        refused(() -> server.get(API + "/issues/search?q=DEMO&limit=9999999999"), "limit");
    }

    @Test
    void aBodyOfTheWrongShapeIs400WithoutJavaNamesAndChangesNothing() {
        String before = server.get(API + "/maps/" + mapId).body();
        for (String body : new String[] {"[1,2]", "{\"version\":" + version() + ",\"name\":{\"a\":1}}", "\"text\"", "{\"version\":1} trailing"}) {
            RunningServer.Reply reply = server.post(API + "/maps/" + mapId + "/stages", body);
            assertThat(reply.status()).as(body + " → " + reply.body()).isEqualTo(400);
            assertThat(reply.body()).doesNotContainPattern("java\\.|jakarta\\.|fasterxml|journeymaps\\.|Exception|`");
        }
        assertThat(server.get(API + "/maps/" + mapId).body()).isEqualTo(before);
    }

    /** 400, the field named in Jira's error shape, no Java class in the body, and the project and map as they were. */
    private static void refused(Supplier<RunningServer.Reply> request, String field) {
        String before = state();
        RunningServer.Reply reply = request.get();
        assertThat(state()).as("nothing changed").isEqualTo(before);
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json().get("errors").has(field)).as(reply.body()).isTrue();
        assertThat(reply.body()).doesNotContainPattern("java\\.|jakarta\\.|fasterxml|journeymaps\\.|Exception|`");
    }

    private static String state() {
        return String.join("\n", server.get(API + "/maps/" + mapId).body(), server.get(API + "/maps/" + mapId + "/priorities").body(),
                server.get(API + "/maps?projectKey=STRICT").body(), server.get(API + "/maps/" + mapId + "/history").body());
    }

    private static String cards() {
        return API + "/maps/" + mapId + "/cards";
    }

    private static long version() {
        return server.get(API + "/maps/" + mapId).json().get("version").asLong();
    }
}

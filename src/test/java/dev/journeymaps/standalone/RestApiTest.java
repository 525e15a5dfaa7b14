package dev.journeymaps.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The REST API over real HTTP against the standalone server on a random port. */
class RestApiTest {
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start(false);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode createMap(String title, String type) {
        RunningServer.Reply reply = server.post("/rest/journeymaps/1.0/maps",
                "{\"projectKey\":\"TEST\",\"title\":\"" + title + "\",\"type\":\"" + type + "\",\"persona\":\"Priya\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private static JsonNode map(long id) {
        RunningServer.Reply reply = server.get("/rest/journeymaps/1.0/maps/" + id);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static String cards(long mapId) {
        return "/rest/journeymaps/1.0/maps/" + mapId + "/cards";
    }

    @Test
    void creatingAMapAnswers201WithTheTemplatesStagesAndLanesAndALocation() {
        RunningServer.Reply reply = server.post("/rest/journeymaps/1.0/maps",
                "{\"projectKey\":\"TEST\",\"title\":\"Blueprint\",\"type\":\"service-blueprint\",\"goal\":\"Ship faster\"}");

        assertThat(reply.status()).isEqualTo(201);
        JsonNode map = reply.json();
        assertThat(reply.location()).endsWith("/rest/journeymaps/1.0/maps/" + map.get("id").asLong());
        assertThat(map.get("version").asLong()).isEqualTo(1);
        assertThat(map.get("goal").asText()).isEqualTo("Ship faster");
        assertThat(map.get("owner").asText()).isEqualTo("local-admin");
        assertThat(map.get("stages")).hasSize(3);
        List<String> kinds = new ArrayList<>();
        map.get("lanes").forEach(lane -> kinds.add(lane.get("kind").asText()));
        assertThat(kinds).contains("frontstage", "backstage", "support-processes", "physical-evidence");
    }

    @Test
    void timesAreWrittenAsIso8601Instants() {
        JsonNode map = createMap("Dated", "current-state");

        assertThat(map.get("created").isTextual()).as(map.get("created").toString()).isTrue();
        assertThat(java.time.Instant.parse(map.get("created").asText())).isNotNull();
    }

    @Test
    void aProjectsMapListShowsCounts() {
        JsonNode created = createMap("Counted", "current-state");
        long mapId = created.get("id").asLong();
        long painLane = laneOfKind(created, "pain-points");
        long stage = created.get("stages").get(0).get("id").asLong();
        server.post(cards(mapId), "{\"version\":1,\"laneId\":" + painLane + ",\"stageId\":" + stage + ",\"text\":\"Slow\"}");

        JsonNode list = server.get("/rest/journeymaps/1.0/maps?projectKey=TEST").json();

        JsonNode row = null;
        for (JsonNode candidate : list) {
            if (candidate.get("map").get("id").asLong() == mapId) {
                row = candidate;
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.get("stageCount").asInt()).isEqualTo(6);
        assertThat(row.get("cardCount").asInt()).isEqualTo(1);
        assertThat(row.get("painPointCount").asInt()).isEqualTo(1);
    }

    @Test
    void stagesLanesAndCardsCanBeAddedEditedMovedAndDeleted() {
        JsonNode map = createMap("Editing", "current-state");
        long id = map.get("id").asLong();
        String base = "/rest/journeymaps/1.0/maps/" + id;
        long firstStage = map.get("stages").get(0).get("id").asLong();
        long lane = map.get("lanes").get(0).get("id").asLong();

        RunningServer.Reply stage = server.post(base + "/stages", "{\"version\":1,\"name\":\"Research\",\"index\":0}");
        assertThat(stage.status()).as(stage.body()).isEqualTo(201);
        assertThat(stage.json().get("stage").get("position").asInt()).isZero();
        assertThat(stage.json().get("version").asLong()).isEqualTo(2);
        long newStage = stage.json().get("stage").get("id").asLong();

        assertThat(server.put(base + "/stages/" + newStage, "{\"version\":2,\"name\":\"Desk research\"}").status()).isEqualTo(200);
        assertThat(server.post(base + "/stages/" + newStage + "/move", "{\"version\":3,\"index\":2}").json()
                .get("stage").get("position").asInt()).isEqualTo(2);

        RunningServer.Reply added = server.post(base + "/lanes", "{\"version\":4,\"kind\":\"metrics\",\"title\":\"NPS\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        long metrics = added.json().get("lane").get("id").asLong();
        assertThat(server.put(base + "/lanes/" + metrics, "{\"version\":5,\"title\":\"NPS by stage\"}").status()).isEqualTo(200);
        assertThat(server.post(base + "/lanes/" + metrics + "/move", "{\"version\":6,\"index\":0}").status()).isEqualTo(200);

        long a = server.post(base + "/cards", "{\"version\":7,\"laneId\":" + lane + ",\"stageId\":" + firstStage + ",\"text\":\"A\"}").json().get("card").get("id").asLong();
        long b = server.post(base + "/cards", "{\"version\":8,\"laneId\":" + lane + ",\"stageId\":" + firstStage + ",\"text\":\"B\",\"index\":0}").json().get("card").get("id").asLong();
        assertThat(server.put(base + "/cards/" + a, "{\"version\":9,\"text\":\"A, edited\",\"details\":\"why\"}").json()
                .get("card").get("details").asText()).isEqualTo("why");
        RunningServer.Reply moved = server.post(base + "/cards/" + a + "/move",
                "{\"version\":10,\"laneId\":" + metrics + ",\"stageId\":" + newStage + ",\"index\":0}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(server.delete(base + "/cards/" + b + "?version=11").json().get("version").asLong()).isEqualTo(12);
        assertThat(server.delete(base + "/stages/" + newStage + "?version=12").status()).isEqualTo(200);

        JsonNode after = map(id);
        assertThat(after.get("version").asLong()).isEqualTo(13);
        assertThat(after.get("title").asText()).isEqualTo("Editing");
        assertThat(after.get("stages")).hasSize(6);
        assertThat(after.get("lanes").get(0).get("title").asText()).isEqualTo("NPS by stage");
        assertThat(after.get("cards")).isEmpty(); // A went with its stage, B was deleted
    }

    @Test
    void aStaleVersionGets409WithAClearMessageAndChangesNothing() {
        JsonNode map = createMap("Stale", "current-state");
        long id = map.get("id").asLong();
        long stage = map.get("stages").get(0).get("id").asLong();
        assertThat(server.put("/rest/journeymaps/1.0/maps/" + id + "/stages/" + stage, "{\"version\":1,\"name\":\"First\"}").status()).isEqualTo(200);
        JsonNode before = map(id);

        RunningServer.Reply stale = server.put("/rest/journeymaps/1.0/maps/" + id + "/stages/" + stage, "{\"version\":1,\"name\":\"Second\"}");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("errorMessages").get(0).asText()).contains("Stage 'First' was changed by Local administrator at version 2");
        assertThat(map(id)).isEqualTo(before);
    }

    /** Both place a card at the top of one cell as they saw it: the same position contested, so one gets 409. */
    @Test
    void twoConcurrentWritesQuotingTheSameVersionLetExactlyOneThroughAndLoseNothing() throws Exception {
        JsonNode map = createMap("Race", "current-state");
        long id = map.get("id").asLong();
        long lane = map.get("lanes").get(0).get("id").asLong();
        long stage = map.get("stages").get(0).get("id").asLong();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<RunningServer.Reply>> replies = new ArrayList<>();
            for (String text : List.of("left", "right")) {
                replies.add(pool.submit(() -> {
                    go.await();
                    return server.post(cards(id), "{\"version\":1,\"laneId\":" + lane + ",\"stageId\":" + stage + ",\"index\":0,\"text\":\"" + text + "\"}");
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<RunningServer.Reply> reply : replies) {
                statuses.add(reply.get().status());
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        } finally {
            pool.shutdownNow();
        }
        JsonNode after = map(id);
        assertThat(after.get("version").asLong()).isEqualTo(2);
        assertThat(after.get("cards")).hasSize(1);
    }

    @Test
    void malformedJsonGets400InJirasErrorShape() {
        JsonNode before = server.get("/rest/journeymaps/1.0/maps?projectKey=TEST").json();

        RunningServer.Reply reply = server.post("/rest/journeymaps/1.0/maps", "{\"projectKey\":\"TEST\",\"title\":");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errorMessages").get(0).asText()).contains("not valid JSON");
        assertThat(reply.json().has("errors")).isTrue();
        assertThat(server.get("/rest/journeymaps/1.0/maps?projectKey=TEST").json()).isEqualTo(before);
    }

    @Test
    void aMissingTitleAndAnOverlongTitleGet400OnTheTitleField() {
        JsonNode before = server.get("/rest/journeymaps/1.0/maps?projectKey=TEST").json();

        RunningServer.Reply missing = server.post("/rest/journeymaps/1.0/maps", "{\"projectKey\":\"TEST\",\"type\":\"current-state\"}");
        RunningServer.Reply overlong = server.post("/rest/journeymaps/1.0/maps",
                "{\"projectKey\":\"TEST\",\"type\":\"current-state\",\"title\":\"" + "x".repeat(100_000) + "\"}");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").get("title").asText()).contains("required");
        assertThat(overlong.status()).isEqualTo(400);
        assertThat(overlong.json().get("errors").get("title").asText()).contains("at most 255");
        assertThat(server.get("/rest/journeymaps/1.0/maps?projectKey=TEST").json()).isEqualTo(before);
    }

    @Test
    void anOverlongEditLeavesTheMapUnchanged() {
        JsonNode map = createMap("Keep me", "current-state");
        long id = map.get("id").asLong();
        JsonNode before = map(id);

        RunningServer.Reply reply = server.put("/rest/journeymaps/1.0/maps/" + id,
                "{\"version\":1,\"type\":\"current-state\",\"title\":\"" + "y".repeat(100_000) + "\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(map(id)).isEqualTo(before);
    }

    @Test
    void unknownIdsGet404() {
        JsonNode map = createMap("Known", "current-state");
        long id = map.get("id").asLong();

        assertThat(server.get("/rest/journeymaps/1.0/maps/987654").status()).isEqualTo(404);
        RunningServer.Reply card = server.put(cards(id) + "/987654", "{\"version\":1,\"text\":\"x\"}");
        assertThat(card.status()).isEqualTo(404);
        assertThat(card.json().get("errorMessages").get(0).asText()).contains("987654");
        assertThat(server.delete("/rest/journeymaps/1.0/maps/" + id + "/stages/987654?version=1").status()).isEqualTo(404);
        assertThat(map(id)).isEqualTo(map);
    }

    @Test
    void aCardPlacedInAnotherMapsLaneGets400AndNothingChanges() {
        JsonNode mine = createMap("Mine", "current-state");
        JsonNode theirs = createMap("Theirs", "current-state");
        long mapId = mine.get("id").asLong();
        long foreignLane = theirs.get("lanes").get(0).get("id").asLong();
        long stage = mine.get("stages").get(0).get("id").asLong();

        RunningServer.Reply reply = server.post(cards(mapId),
                "{\"version\":1,\"laneId\":" + foreignLane + ",\"stageId\":" + stage + ",\"text\":\"Lost?\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors").get("laneId").asText()).contains("not part of this map");
        assertThat(map(mapId)).isEqualTo(mine);
        assertThat(map(theirs.get("id").asLong())).isEqualTo(theirs);
    }

    @Test
    void aWriteWithoutAVersionGets400() {
        JsonNode map = createMap("Versionless", "current-state");
        RunningServer.Reply reply = server.post("/rest/journeymaps/1.0/maps/" + map.get("id").asLong() + "/stages", "{\"name\":\"New\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors").get("version").asText()).contains("version");
    }

    @Test
    void aCrossSiteFormPostIsRefusedBeforeItReachesTheApi() {
        RunningServer.Reply form = server.send(HttpRequest.newBuilder(URI.create(server.url("/rest/journeymaps/1.0/maps")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("projectKey=TEST&title=CSRF&type=current-state")));
        RunningServer.Reply foreignOrigin = server.send(HttpRequest.newBuilder(URI.create(server.url("/rest/journeymaps/1.0/maps")))
                .header("Content-Type", "application/json").header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("{\"projectKey\":\"TEST\",\"title\":\"CSRF\",\"type\":\"current-state\"}")));

        assertThat(form.status()).isEqualTo(403);
        assertThat(foreignOrigin.status()).isEqualTo(403);
        assertThat(server.get("/rest/journeymaps/1.0/maps?projectKey=TEST").body()).doesNotContain("CSRF");
    }

    @Test
    void deletingAMapRemovesItAndItsParts() {
        JsonNode map = createMap("Doomed", "current-state");
        long id = map.get("id").asLong();

        assertThat(server.delete("/rest/journeymaps/1.0/maps/" + id + "?version=1").status()).isEqualTo(204);

        assertThat(server.get("/rest/journeymaps/1.0/maps/" + id).status()).isEqualTo(404);
    }

    private static long laneOfKind(JsonNode map, String kind) {
        for (JsonNode lane : map.get("lanes")) {
            if (lane.get("kind").asText().equals(kind)) {
                return lane.get("id").asLong();
            }
        }
        throw new AssertionError("No " + kind + " lane");
    }
}

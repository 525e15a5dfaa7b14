package dev.journeymaps.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Prioritization, ownership, review, snapshots and history over real HTTP against the standalone server. */
class StewardshipRestApiTest {
    private static final String API = "/rest/journeymaps/1.0";
    private static final AtomicInteger PROJECTS = new AtomicInteger();
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start(false);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A map of a fresh project with pain points in the first stage; returns the map as JSON after adding them. */
    private static JsonNode mapWithPainPoints(String project, String... texts) {
        RunningServer.Reply created = server.post(API + "/maps",
                "{\"projectKey\":\"" + project + "\",\"title\":\"Checkout\",\"type\":\"current-state\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode map = created.json();
        long id = map.get("id").asLong();
        long lane = 0;
        for (JsonNode l : map.get("lanes")) {
            if (l.get("kind").asText().equals("pain-points")) {
                lane = l.get("id").asLong();
            }
        }
        long stage = map.get("stages").get(0).get("id").asLong();
        long version = 1;
        for (String text : texts) {
            RunningServer.Reply card = server.post(API + "/maps/" + id + "/cards",
                    "{\"version\":" + version++ + ",\"laneId\":" + lane + ",\"stageId\":" + stage + ",\"text\":\"" + text + "\"}");
            assertThat(card.status()).as(card.body()).isEqualTo(201);
        }
        return get("/maps/" + id);
    }

    private static String newProject() {
        return "REST" + PROJECTS.incrementAndGet();
    }

    private static JsonNode get(String path) {
        RunningServer.Reply reply = server.get(API + path);
        assertThat(reply.status()).as(path + ": " + reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static long card(JsonNode map, String text) {
        for (JsonNode card : map.get("cards")) {
            if (card.get("text").asText().equals(text)) {
                return card.get("id").asLong();
            }
        }
        throw new AssertionError("no card " + text);
    }

    private static long version(long mapId) {
        return get("/maps/" + mapId).get("version").asLong();
    }

    private static List<String> texts(JsonNode cards) {
        List<String> texts = new ArrayList<>();
        cards.forEach(card -> texts.add(card.get("text").asText()));
        return texts;
    }

    private static void assertBadRequest(RunningServer.Reply reply, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json().get("errors").has(field)).as(reply.body()).isTrue();
    }

    @Test
    void scoringCardsRanksThemWithTheirFormulaAndQuadrant() {
        JsonNode map = mapWithPainPoints(newProject(), "Slow search", "Coupon rejected");
        long id = map.get("id").asLong();

        RunningServer.Reply scored = server.put(API + "/maps/" + id + "/triage/" + card(map, "Coupon rejected"),
                "{\"version\":3,\"impact\":4,\"feasibility\":3}");

        assertThat(scored.status()).as(scored.body()).isEqualTo(200);
        assertThat(scored.json().get("version").asLong()).isEqualTo(4);
        JsonNode card = scored.json().get("card");
        assertThat(card.get("score").get("formula").asText()).isEqualTo("Impact 4 × Feasibility 3 = 12");
        assertThat(card.get("quadrant").asText()).isEqualTo("quick-wins");
        assertThat(card.get("rank").isNull()).as("a one-card write does not rank the whole map").isTrue();
        assertThat(card.get("evidence").get("assumption").asBoolean()).isTrue();
        assertThat(card.get("linkedWork").get("linked").asBoolean()).isFalse();

        JsonNode priorities = get("/maps/" + id + "/priorities");
        assertThat(texts(priorities.get("cards"))).containsExactly("Coupon rejected", "Slow search");
        assertThat(priorities.get("cards").get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(priorities.get("counts").get("scored").asInt()).isEqualTo(1);
        assertThat(texts(get("/maps/" + id + "/priorities?sort=stage").get("cards"))).containsExactly("Slow search", "Coupon rejected");
        assertThat(texts(get("/projects/" + map.get("projectKey").asText() + "/priorities").get("cards")))
                .containsExactly("Coupon rejected", "Slow search");
    }

    @Test
    void scoresOutOfRangeAreRefusedWith400AndChangeNothing() {
        JsonNode map = mapWithPainPoints(newProject(), "Slow search");
        long id = map.get("id").asLong();
        String triage = API + "/maps/" + id + "/triage/" + card(map, "Slow search");

        assertBadRequest(server.put(triage, "{\"version\":2,\"impact\":6,\"feasibility\":3}"), "impact");
        assertBadRequest(server.put(triage, "{\"version\":2,\"impact\":3,\"feasibility\":0}"), "feasibility");
        assertBadRequest(server.put(triage, "{\"version\":2,\"effort\":-1}"), "effort");
        assertBadRequest(server.put(triage, "{\"version\":2,\"riceImpact\":1.5}"), "riceImpact");
        assertBadRequest(server.put(triage, "{\"impact\":3}"), "version");
        assertThat(server.put(triage, "{\"version\":2,\"impact\":\"high\"}").status()).isEqualTo(400);

        assertThat(version(id)).isEqualTo(2);
        assertThat(get("/maps/" + id + "/priorities").get("counts").get("scored").asInt()).isZero();
    }

    @Test
    void triageAnswers404ForUnknownCardsAnd400ForCardsThatAreNotScoredAnd409WhenStale() {
        JsonNode map = mapWithPainPoints(newProject(), "Slow search");
        long id = map.get("id").asLong();
        long lane = map.get("lanes").get(0).get("id").asLong(); // touchpoints
        long touchpoint = server.post(API + "/maps/" + id + "/cards", "{\"version\":2,\"laneId\":" + lane + ",\"stageId\":"
                + map.get("stages").get(0).get("id").asLong() + ",\"text\":\"Pricing page\"}").json().get("card").get("id").asLong();

        assertThat(server.put(API + "/maps/" + id + "/triage/999999", "{\"version\":3,\"impact\":3}").status()).isEqualTo(404);
        assertBadRequest(server.put(API + "/maps/" + id + "/triage/" + touchpoint, "{\"version\":3,\"impact\":3}"), "cardId");
        RunningServer.Reply stale = server.put(API + "/maps/" + id + "/triage/" + card(map, "Slow search"), "{\"version\":1,\"impact\":3}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("errorMessages").get(0).asText()).contains("'Slow search' was changed by Local administrator at version 2");
        assertThat(version(id)).isEqualTo(3);
    }

    @Test
    void ownersArePickedFromTheDirectoryAndUnknownUsersAreRefused() {
        JsonNode map = mapWithPainPoints(newProject(), "Slow search");
        long id = map.get("id").asLong();
        String owner = API + "/maps/" + id + "/triage/" + card(map, "Slow search") + "/owner";

        JsonNode people = get("/users?query=dana");
        assertThat(people).hasSize(1);
        assertThat(people.get(0).get("displayName").asText()).isEqualTo("Dana Whitfield");
        String dana = people.get(0).get("key").asText();
        assertBadRequest(server.get(API + "/users?query="), "query");
        assertBadRequest(server.get(API + "/users?query=a&limit=0"), "limit");

        assertBadRequest(server.put(owner, "{\"version\":2,\"owner\":\"mallory\"}"), "owner");
        assertBadRequest(server.put(API + "/maps/" + id + "/owner", "{\"version\":2,\"owner\":\"mallory\"}"), "owner");
        assertThat(version(id)).isEqualTo(2);

        RunningServer.Reply assigned = server.put(owner, "{\"version\":2,\"owner\":\"" + dana + "\"}");
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertThat(assigned.json().get("card").get("owner").get("displayName").asText()).isEqualTo("Dana Whitfield");
        RunningServer.Reply mapOwner = server.put(API + "/maps/" + id + "/owner", "{\"version\":3,\"owner\":\"" + dana + "\"}");
        assertThat(mapOwner.status()).as(mapOwner.body()).isEqualTo(200);
        assertThat(mapOwner.json().get("owner").get("key").asText()).isEqualTo(dana);
        assertThat(get("/maps/" + id).get("owner").asText()).isEqualTo(dana);
        assertThat(get("/maps/" + id + "/priorities?filter=unowned").get("cards")).isEmpty();
        assertBadRequest(server.get(API + "/maps/" + id + "/priorities?filter=nonsense"), "filter");
        assertBadRequest(server.get(API + "/maps/" + id + "/priorities?sort=nonsense"), "sort");
    }

    @Test
    void aMapCanSwitchToRiceAndBackButNotToAnUnknownMethod() {
        JsonNode map = mapWithPainPoints(newProject(), "Slow search");
        long id = map.get("id").asLong();

        assertBadRequest(server.put(API + "/maps/" + id + "/scoring", "{\"version\":2,\"method\":\"gut-feeling\"}"), "method");
        RunningServer.Reply rice = server.put(API + "/maps/" + id + "/scoring", "{\"version\":2,\"method\":\"rice\"}");
        assertThat(rice.status()).as(rice.body()).isEqualTo(200);
        assertThat(rice.json().get("method").asText()).isEqualTo("rice");
        JsonNode scored = server.put(API + "/maps/" + id + "/triage/" + card(map, "Slow search"),
                "{\"version\":3,\"reach\":100,\"riceImpact\":2,\"effort\":2}").json().get("card");
        assertThat(scored.get("score").get("value").asDouble()).isEqualTo(50.0);
        assertThat(scored.get("score").get("formula").asText()).contains("Confidence 50% (assumption, no validated evidence)");
        assertThat(get("/maps/" + id + "/priorities").get("maps").get(0).get("scoringMethod").asText()).isEqualTo("rice");
    }

    @Test
    void markingReviewedRecordsTheReviewTakesASnapshotAndShowsInTheHistory() {
        String project = newProject();
        JsonNode map = mapWithPainPoints(project, "Slow search");
        long id = map.get("id").asLong();

        JsonNode review = get("/maps/" + id + "/review");
        assertThat(review.get("intervalDays").asInt()).isEqualTo(90);
        assertThat(review.get("state").asText()).isEqualTo("current");
        assertThat(review.get("lastReviewedAt").isNull()).isTrue();
        assertThat(get("/projects/" + project + "/due-for-review")).isEmpty();
        assertThat(get("/projects/" + project + "/reviews")).hasSize(1);

        assertBadRequest(server.put(API + "/maps/" + id + "/review", "{\"version\":2,\"intervalDays\":0}"), "intervalDays");
        assertThat(server.put(API + "/maps/" + id + "/review", "{\"version\":2,\"intervalDays\":30}").json()
                .get("review").get("intervalDays").asInt()).isEqualTo(30);
        assertThat(server.post(API + "/maps/" + id + "/review", "{\"version\":1}").status()).isEqualTo(409);

        RunningServer.Reply reviewed = server.post(API + "/maps/" + id + "/review", "{\"version\":3,\"label\":\"Q3 review\"}");
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
        assertThat(reviewed.json().get("review").get("lastReviewedBy").get("key").asText()).isEqualTo("local-admin");
        long snapshot = reviewed.json().get("snapshot").get("id").asLong();
        assertThat(get("/maps/" + id + "/snapshots/" + snapshot).get("content").get("cards").get(0).get("text").asText())
                .isEqualTo("Slow search");

        JsonNode history = get("/maps/" + id + "/history");
        assertThat(history.get(0).get("action").asText()).isEqualTo("map.reviewed");
        assertThat(history.get(0).get("by").get("displayName").asText()).isEqualTo("Local administrator");
        assertThat(history.get(1).get("summary").asText()).isEqualTo("Review every 30 days (was: 90)");
        assertThat(history.get(history.size() - 1).get("action").asText()).isEqualTo("map.created");
    }

    @Test
    void snapshotsAreListedReadAndComparedWithEachOtherAndWithNow() {
        JsonNode map = mapWithPainPoints(newProject(), "Keep", "Remove");
        long id = map.get("id").asLong();
        String snapshots = API + "/maps/" + id + "/snapshots";

        RunningServer.Reply first = server.post(snapshots, "{\"version\":3,\"label\":\"before\"}");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        long before = first.json().get("snapshot").get("id").asLong();
        assertThat(server.delete(API + "/maps/" + id + "/cards/" + card(map, "Remove") + "?version=4").status()).isEqualTo(200);
        long after = server.post(snapshots, "{\"version\":5}").json().get("snapshot").get("id").asLong();

        JsonNode list = get("/maps/" + id + "/snapshots");
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("id").asLong()).isEqualTo(after);
        assertThat(list.get(0).get("content").isNull()).isTrue();
        JsonNode diff = get("/maps/" + id + "/snapshots/diff?from=" + before + "&to=" + after);
        assertThat(texts(diff.get("removed"))).containsExactly("Remove");
        assertThat(diff.get("added")).isEmpty();
        assertThat(get("/maps/" + id + "/snapshots/diff?from=" + after).get("changed")).isEmpty();

        assertBadRequest(server.get(snapshots + "/diff"), "from");
        assertThat(server.get(snapshots + "/999999").status()).isEqualTo(404);
        assertBadRequest(server.post(snapshots, "{\"version\":6,\"label\":\"" + "x".repeat(300) + "\"}"), "label");
        assertThat(get("/maps/" + id + "/snapshots")).hasSize(2);
    }

    @Test
    void twoMapsCompareByTextLaneKindAndStage() {
        String project = newProject();
        long today = mapWithPainPoints(project, "Slow search", "Coupon rejected").get("id").asLong();
        long tomorrow = mapWithPainPoints(project, "Slow search", "One-tap reorder").get("id").asLong();

        JsonNode diff = get("/maps/" + today + "/compare/" + tomorrow);

        assertThat(diff.get("matchedBy").asText()).isEqualTo("text-lane-stage");
        assertThat(texts(diff.get("added"))).containsExactly("One-tap reorder");
        assertThat(texts(diff.get("removed"))).containsExactly("Coupon rejected");
        assertThat(server.get(API + "/maps/" + today + "/compare/999999").status()).isEqualTo(404);
    }

    @Test
    void unknownMapsAndProjectsAre404AndTheMapResourceItselfStillAnswers() {
        assertThat(server.get(API + "/maps/999999/priorities").status()).isEqualTo(404);
        assertThat(server.get(API + "/maps/999999/review").status()).isEqualTo(404);
        assertThat(server.get(API + "/maps/999999/history").status()).isEqualTo(404);
        assertThat(server.get(API + "/projects/not-a-key/priorities").status()).isEqualTo(400);
        long id = mapWithPainPoints(newProject(), "A").get("id").asLong();
        assertThat(get("/maps/" + id).get("title").asText()).isEqualTo("Checkout");
    }

    @Test
    void theHistoryPageRefusesQueriesThatNameNoSnapshotOrNoRelatedMapAndChangesNothing() {
        JsonNode map = mapWithPainPoints(newProject(), "Slow refunds");
        long mapId = map.get("id").asLong();
        String page = "/plugins/servlet/journeymaps/map/" + mapId + "/history";
        long snapshot = server.post(API + "/maps/" + mapId + "/snapshots", "{\"version\":" + map.get("version").asLong()
                + ",\"label\":\"One\"}").json().get("snapshot").get("id").asLong();
        JsonNode before = get("/maps/" + mapId);

        assertThat(server.get(page).status()).isEqualTo(200);
        assertThat(server.get(page + "?from=" + snapshot + "&to=now").status()).isEqualTo(200);
        assertThat(server.get(page + "?from=abc").status()).isEqualTo(400);
        assertThat(server.get(page + "?from=" + snapshot + "&to=yesterday").status()).isEqualTo(400);
        assertThat(server.get(page + "?from=987654").status()).isEqualTo(404);
        assertThat(server.get(page + "?compareMap=" + mapId).status()).isEqualTo(400);
        assertThat(server.get(page + "?to=abc").status()).isEqualTo(400);
        assertThat(server.get(page + "?to=" + snapshot).status()).as("to without from").isEqualTo(400);
        assertThat(server.get(page + "?from=" + snapshot + "&compareMap=" + mapId).status()).isEqualTo(400);
        assertThat(server.get("/plugins/servlet/journeymaps/map/987654/history").status()).isEqualTo(404);
        assertThat(get("/maps/" + mapId)).isEqualTo(before);
    }
}

package dev.journeymaps.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.journeymaps.store.embedded.DatabaseConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live board's channel over HTTP (issue 15, point 2), on two standalone nodes sharing one PostgreSQL with the
 * stand-in Data Center Jira deciding permissions: "changes since version N" is read from the database, so a long poll
 * on node B wakes for a write through node A, a new node answers after a restart, a user who cannot browse the project
 * is told nothing, and presence rides along. Waits are the channel's own (at most {@code wait} seconds), never timed
 * assertions.
 */
class LiveChannelRestTest {
    private static final String API = "/rest/journeymaps/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static EmbeddedPostgres postgres;
    private static FakeJiraServer jira;
    private static DatabaseConfig database;
    private static JiraConfig jiraConfig;
    private static StandaloneServer nodeA;
    private static StandaloneServer nodeB;

    @BeforeAll
    static void startTwoNodesOnOneDatabase() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        jira = new FakeJiraServer();
        database = new DatabaseConfig(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        jiraConfig = new JiraConfig(jira.url(), "", "", JiraConfig.DEFAULT_PERMISSION_TTL, Duration.ZERO);
        nodeA = node();
        nodeB = node();
    }

    private static StandaloneServer node() {
        return StandaloneServer.start(new StandaloneConfig("127.0.0.1", 0, database, false, jiraConfig, null));
    }

    @AfterAll
    static void stop() throws Exception {
        nodeA.close();
        nodeB.close();
        jira.close();
        postgres.close();
    }

    @Test
    void aWriteThroughNodeAWakesALongPollOnNodeBWithTheChangeInWords() {
        CookieBrowser alice = signedIn("alice-pat");
        JsonNode map = createMap(alice, "SHOP", "Live across nodes");
        long mapId = map.get("id").asLong();
        long version = map.get("version").asLong();
        JsonNode now = changes(alice, nodeB, mapId, "since=" + version + "&wait=0");
        assertThat(now.get("version").asLong()).isEqualTo(version);
        assertThat(now.get("changes")).isEmpty();
        assertThat(now.get("reload").asBoolean()).isFalse();

        CompletableFuture<JsonNode> waiting = CompletableFuture.supplyAsync(() -> changes(alice, nodeB, mapId,
                "since=" + version + "&presence=" + now.get("presence").asText() + "&wait=20"));
        addCard(alice, nodeA, map, version, "Too many fields");
        JsonNode woken = waiting.join();

        assertThat(woken.get("version").asLong()).isEqualTo(version + 1);
        assertThat(woken.get("changes")).hasSize(1);
        JsonNode change = woken.get("changes").get(0);
        assertThat(change.get("version").asLong()).isEqualTo(version + 1);
        assertThat(change.get("author").asText()).isNotBlank();
        assertThat(change.get("at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(change.get("summary").asText()).contains("Too many fields");
    }

    @Test
    void aClientThatWasAwayCatchesUpFromItsVersionOnANewNodeAfterARestart() {
        CookieBrowser alice = signedIn("alice-pat");
        JsonNode map = createMap(alice, "SHOP", "Catch up");
        long mapId = map.get("id").asLong();
        long away = map.get("version").asLong();
        long version = away;
        for (String text : new String[]{"One", "Two", "Three"}) {
            version = addCard(alice, nodeA, map, version, text);
        }

        try (StandaloneServer restarted = node()) {
            JsonNode caughtUp = changes(alice, restarted, mapId, "since=" + away + "&wait=20");

            assertThat(caughtUp.get("reload").asBoolean()).isFalse();
            assertThat(caughtUp.get("version").asLong()).isEqualTo(version);
            assertThat(caughtUp.get("changes").findValuesAsText("summary")).hasSize(3)
                    .satisfiesExactly(s -> assertThat(s).contains("One"), s -> assertThat(s).contains("Two"),
                            s -> assertThat(s).contains("Three"));
            assertThat(caughtUp.get("changes").findValuesAsText("version")).containsExactly(
                    String.valueOf(away + 1), String.valueOf(away + 2), String.valueOf(away + 3));
        }
    }

    @Test
    void aUserWhoCannotBrowseTheProjectIsToldNothing() {
        CookieBrowser alice = signedIn("alice-pat");
        JsonNode map = createMap(alice, "SEC", "Secret plans");
        long mapId = map.get("id").asLong();
        CookieBrowser bob = signedIn("bob-pat");

        HttpResponse<String> refused = bob.get(nodeB.baseUrl() + API + "/maps/" + mapId + "/changes?since=0&wait=0");
        HttpResponse<String> presence = bob.json("PUT", nodeB.baseUrl() + API + "/maps/" + mapId + "/presence",
                "{\"client\":\"bob-tab\",\"editing\":null}");
        HttpResponse<String> anonymous = new CookieBrowser().get(nodeB.baseUrl() + API + "/maps/" + mapId + "/changes?since=0&wait=0");

        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.body()).doesNotContain("Secret plans").doesNotContain("changes");
        assertThat(presence.statusCode()).isEqualTo(404);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(changes(alice, nodeB, mapId, "since=0&wait=0").get("changes")).isNotEmpty();
    }

    @Test
    void presenceShowsTheOthersAndTheCardTheyEditAndWakesThemWhenSomeoneLeaves() {
        CookieBrowser alice = signedIn("alice-pat");
        CookieBrowser bob = signedIn("bob-pat");
        JsonNode map = createMap(alice, "SHOP", "Who is here");
        long mapId = map.get("id").asLong();
        JsonNode card = added(alice, nodeA, map, map.get("version").asLong(), "Slow page");
        long version = card.get("version").asLong();
        long cardId = card.get("card").get("id").asLong();
        changes(bob, nodeA, mapId, "since=" + version + "&client=bob-tab&wait=0");
        JsonNode seenByAlice = changes(alice, nodeA, mapId, "since=" + version + "&client=alice-tab&wait=0");
        assertThat(seenByAlice.get("viewers").findValuesAsText("key")).containsExactly("JIRAUSER-bob");

        assertThat(alice.json("PUT", nodeA.baseUrl() + API + "/maps/" + mapId + "/presence",
                "{\"client\":\"alice-tab\",\"editing\":" + cardId + "}").statusCode()).isEqualTo(204);
        JsonNode seenByBob = changes(bob, nodeA, mapId, "since=" + version + "&client=bob-tab&wait=0");

        assertThat(seenByBob.get("viewers")).hasSize(1);
        JsonNode viewer = seenByBob.get("viewers").get(0);
        assertThat(viewer.get("name").asText()).isEqualTo("Alice Editor");
        assertThat(viewer.get("initials").asText()).isEqualTo("AE");
        assertThat(viewer.get("editing").asLong()).isEqualTo(cardId);

        CompletableFuture<JsonNode> waiting = CompletableFuture.supplyAsync(() -> changes(bob, nodeA, mapId,
                "since=" + version + "&client=bob-tab&presence=" + seenByBob.get("presence").asText() + "&wait=20"));
        assertThat(alice.json("DELETE", nodeA.baseUrl() + API + "/maps/" + mapId + "/presence?client=alice-tab", null)
                .statusCode()).isEqualTo(204);

        JsonNode afterLeaving = waiting.join();
        assertThat(afterLeaving.get("viewers")).isEmpty();
        assertThat(afterLeaving.get("version").asLong()).isEqualTo(version);
    }

    @Test
    void aClientAheadOfTheMapReloadsAndBadParametersAre400() {
        CookieBrowser alice = signedIn("alice-pat");
        JsonNode map = createMap(alice, "SHOP", "Odd versions");
        long mapId = map.get("id").asLong();

        assertThat(changes(alice, nodeA, mapId, "since=" + (map.get("version").asLong() + 5) + "&wait=0").get("reload").asBoolean())
                .isTrue();
        for (String bad : new String[]{"since=abc", "since=-1", "", "since=1&wait=99", "since=1&client=no%20spaces"}) {
            HttpResponse<String> answer = alice.get(nodeA.baseUrl() + API + "/maps/" + mapId + "/changes?" + bad);
            assertThat(answer.statusCode()).as(bad + ": " + answer.body()).isEqualTo(400);
        }
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    private static CookieBrowser signedIn(String token) {
        CookieBrowser browser = new CookieBrowser();
        assertThat(browser.signIn(nodeA.baseUrl(), token).statusCode()).isEqualTo(302);
        return browser;
    }

    private static JsonNode createMap(CookieBrowser user, String project, String title) {
        HttpResponse<String> created = user.json("POST", nodeA.baseUrl() + API + "/maps",
                "{\"projectKey\":\"" + project + "\",\"title\":\"" + title + "\",\"type\":\"current-state\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return read(created);
    }

    /** Adds a pain point in the first stage quoting {@code version}; answers the new version. */
    private static long addCard(CookieBrowser user, StandaloneServer node, JsonNode map, long version, String text) {
        return added(user, node, map, version, text).get("version").asLong();
    }

    private static JsonNode added(CookieBrowser user, StandaloneServer node, JsonNode map, long version, String text) {
        long lane = 0;
        for (JsonNode candidate : map.get("lanes")) {
            if (candidate.get("kind").asText().equals("pain-points")) {
                lane = candidate.get("id").asLong();
            }
        }
        HttpResponse<String> added = user.json("POST", node.baseUrl() + API + "/maps/" + map.get("id").asLong() + "/cards",
                "{\"version\":" + version + ",\"laneId\":" + lane + ",\"stageId\":" + map.get("stages").get(0).get("id").asLong()
                        + ",\"text\":\"" + text + "\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        return read(added);
    }

    private static JsonNode changes(CookieBrowser user, StandaloneServer node, long mapId, String query) {
        HttpResponse<String> answer = user.get(node.baseUrl() + API + "/maps/" + mapId + "/changes?" + query);
        assertThat(answer.statusCode()).as(query + ": " + answer.body()).isEqualTo(200);
        return read(answer);
    }

    private static JsonNode read(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

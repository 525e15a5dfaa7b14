package dev.journeymaps.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.journeymaps.store.embedded.DatabaseConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live board's fragment over real HTTP in the standalone host ({@code GET /plugins/servlet/journeymaps/map/{id}/cards?ids=…},
 * issue 15 point 2): a card drawn exactly as the map page draws it, with its lane, stage and index in the cell; a moved
 * card's new index; a deleted card's marker; another project's card told as not there (nothing of it shown); a user who
 * cannot browse the project gets 404; bad ids 400. The changes it serves are the ones the live channel calls cards-only.
 */
class BoardFragmentPageTest {
    private static final String API = "/rest/journeymaps/1.0";
    private static final String PAGES = "/plugins/servlet/journeymaps";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dataDir;
    private static FakeJiraServer jira;
    private static StandaloneServer server;
    private static CookieBrowser alice;
    private static CookieBrowser bob;

    @BeforeAll
    static void start() {
        jira = new FakeJiraServer();
        server = StandaloneServer.start(new StandaloneConfig("127.0.0.1", 0, DatabaseConfig.h2File(dataDir), false,
                new JiraConfig(jira.url(), "", "", JiraConfig.DEFAULT_PERMISSION_TTL, Duration.ZERO), null));
        alice = signedIn("alice-pat");
        bob = signedIn("bob-pat");
    }

    @AfterAll
    static void stop() {
        server.close();
        jira.close();
    }

    @Test
    void aCardIsDrawnAsOnThePageWithItsLaneStageAndIndexAMovedCardsNewIndexAndADeletedCardsMarker() {
        JsonNode map = createMap("SHOP", "Fragments");
        long mapId = map.get("id").asLong();
        long lane = painLane(map);
        long stage0 = map.get("stages").get(0).get("id").asLong();
        long stage1 = map.get("stages").get(1).get("id").asLong();
        long version = map.get("version").asLong();
        long[] ids = new long[3];
        String[] texts = {"One slow page", "Two forms", "Three emails"};
        for (int i = 0; i < 3; i++) {
            JsonNode added = send("POST", API + "/maps/" + mapId + "/cards", "{\"version\":" + version + ",\"laneId\":" + lane
                    + ",\"stageId\":" + stage0 + ",\"text\":\"" + texts[i] + "\"}", 201);
            version = added.get("version").asLong();
            ids[i] = added.get("card").get("id").asLong();
        }

        String fragment = fragment(mapId, "ids=" + ids[1]);
        assertThat(placed(fragment, ids[1])).isEqualTo(lane + "/" + stage0 + "/1");
        String li = li(fragment, ids[1]);
        assertThat(li).contains("Two forms").contains("id=\"jm-card-" + ids[1] + "\"");
        assertThat(alice.get(server.baseUrl() + PAGES + "/map/" + mapId).body())
                .as("the same template: the page holds the very same markup").contains(li);
        assertThat(fragment).contains("data-map-version=\"" + version + "\"")
                .contains("class=\"jm-fragment-stage\" data-stage-id=\"" + stage0 + "\" data-card-count=\"3\"")
                .contains("jm-stage-rollup\" role=\"cell\" data-stage-id=\"" + stage0 + "\"")
                .doesNotContain("One slow page").doesNotContain("jm-fragment-gone");

        long before = version;
        version = send("POST", API + "/maps/" + mapId + "/cards/" + ids[2] + "/move",
                "{\"version\":" + version + ",\"laneId\":" + lane + ",\"stageId\":" + stage0 + ",\"index\":0}", 200).get("version").asLong();
        version = send("POST", API + "/maps/" + mapId + "/cards/" + ids[1] + "/move",
                "{\"version\":" + version + ",\"laneId\":" + lane + ",\"stageId\":" + stage1 + ",\"index\":0}", 200).get("version").asLong();
        fragment = fragment(mapId, "ids=" + ids[2] + "," + ids[0] + "," + ids[1]);
        assertThat(placed(fragment, ids[2])).isEqualTo(lane + "/" + stage0 + "/0");
        assertThat(placed(fragment, ids[0])).isEqualTo(lane + "/" + stage0 + "/1");
        assertThat(placed(fragment, ids[1])).isEqualTo(lane + "/" + stage1 + "/0");
        assertThat(fragment).contains("data-stage-id=\"" + stage0 + "\" data-card-count=\"2\"")
                .contains("data-stage-id=\"" + stage1 + "\" data-card-count=\"1\"");

        version = send("DELETE", API + "/maps/" + mapId + "/cards/" + ids[0] + "?version=" + version, null, 200).get("version").asLong();
        fragment = fragment(mapId, "ids=" + ids[0] + "," + ids[2]);
        assertThat(fragment).contains("<p class=\"jm-fragment-gone\" data-card-id=\"" + ids[0] + "\"></p>")
                .doesNotContain("One slow page").contains("data-map-version=\"" + version + "\"");
        assertThat(placed(fragment, ids[2])).isEqualTo(lane + "/" + stage0 + "/0");

        // What the page learns from the live channel: the moves and the delete touched cards only, and which.
        JsonNode changes = read(alice.get(server.baseUrl() + API + "/maps/" + mapId + "/changes?since=" + before + "&wait=0"));
        assertThat(changes.get("changes")).hasSize(3);
        for (JsonNode change : changes.get("changes")) {
            assertThat(change.get("cardsOnly").asBoolean()).as(change.toString()).isTrue();
        }
        assertThat(changes.get("changes").findValues("cards")).extracting(JsonNode::toString)
                .containsExactly("[" + ids[2] + "]", "[" + ids[1] + "]", "[" + ids[0] + "]");
    }

    @Test
    void anotherProjectsCardIsToldAsNotThereAndAUserWhoCannotBrowseGets404() {
        JsonNode shop = createMap("SHOP", "Open plans");
        JsonNode sec = createMap("SEC", "Secret plans");
        JsonNode secret = send("POST", API + "/maps/" + sec.get("id").asLong() + "/cards", "{\"version\":" + sec.get("version").asLong()
                + ",\"laneId\":" + painLane(sec) + ",\"stageId\":" + sec.get("stages").get(0).get("id").asLong()
                + ",\"text\":\"Embargoed launch\"}", 201);
        long secretId = secret.get("card").get("id").asLong();

        String elsewhere = fragment(shop.get("id").asLong(), "ids=" + secretId);
        assertThat(elsewhere).contains("<p class=\"jm-fragment-gone\" data-card-id=\"" + secretId + "\"></p>")
                .doesNotContain("Embargoed launch").doesNotContain("jm-fragment-card");
        assertThat(fragment(sec.get("id").asLong(), "ids=" + secretId)).as("the test can fail: Alice sees it on its own map")
                .contains("Embargoed launch");

        HttpResponse<String> refused = bob.get(server.baseUrl() + PAGES + "/map/" + sec.get("id").asLong() + "/cards?ids=" + secretId);
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.body()).doesNotContain("Embargoed launch").doesNotContain("Secret plans");
        HttpResponse<String> allowed = bob.get(server.baseUrl() + PAGES + "/map/" + shop.get("id").asLong() + "/cards?ids=" + secretId);
        assertThat(allowed.statusCode()).as("Bob may browse SHOP").isEqualTo(200);
        assertThat(new CookieBrowser().get(server.baseUrl() + PAGES + "/map/" + shop.get("id").asLong() + "/cards?ids=1").statusCode())
                .as("anonymous: to the login page").isEqualTo(302);
    }

    @Test
    void badIdsAre400WithAClearMessage() {
        long mapId = createMap("SHOP", "Bad ids").get("id").asLong();
        String tooMany = LongStream.rangeClosed(1, 201).mapToObj(String::valueOf).collect(Collectors.joining(","));
        String[][] cases = {{"", "Give the ids"}, {"ids=", "Give the ids"}, {"ids=abc", "'abc' is not a card id"},
                {"ids=1,,2", "'' is not a card id"}, {"ids=-4", "'-4' is not a card id"}, {"ids=" + tooMany, "At most 200 cards"}};
        for (String[] bad : cases) {
            HttpResponse<String> answer = alice.get(server.baseUrl() + PAGES + "/map/" + mapId + "/cards?" + bad[0]);
            assertThat(answer.statusCode()).as(bad[0]).isEqualTo(400);
            assertThat(answer.body()).as(bad[0]).contains(bad[1].replace("'", "&#39;"));
        }
        assertThat(alice.get(server.baseUrl() + PAGES + "/map/" + (mapId + 100_000) + "/cards?ids=1").statusCode()).isEqualTo(404);
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    /** "lane/stage/index" of the card in the fragment. */
    private static String placed(String fragment, long cardId) {
        Matcher m = Pattern.compile("<ul class=\"jm-fragment-card\" data-card-id=\"" + cardId
                + "\" data-lane-id=\"(\\d+)\" data-stage-id=\"(\\d+)\" data-index=\"(\\d+)\">").matcher(fragment);
        assertThat(m.find()).as("card " + cardId + " in " + fragment).isTrue();
        return m.group(1) + "/" + m.group(2) + "/" + m.group(3);
    }

    private static String li(String fragment, long cardId) {
        Matcher m = Pattern.compile("<li class=\"jm-card[^\"]*\" data-card-id=\"" + cardId + "\".*?</li>", Pattern.DOTALL).matcher(fragment);
        assertThat(m.find()).as("card " + cardId).isTrue();
        return m.group();
    }

    private static String fragment(long mapId, String query) {
        HttpResponse<String> answer = alice.get(server.baseUrl() + PAGES + "/map/" + mapId + "/cards?" + query);
        assertThat(answer.statusCode()).as(query + ": " + answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        return answer.body();
    }

    private static long painLane(JsonNode map) {
        for (JsonNode lane : map.get("lanes")) {
            if (lane.get("kind").asText().equals("pain-points")) {
                return lane.get("id").asLong();
            }
        }
        throw new AssertionError("no pain points lane in " + map);
    }

    private static JsonNode createMap(String project, String title) {
        return send("POST", API + "/maps", "{\"projectKey\":\"" + project + "\",\"title\":\"" + title + "\",\"type\":\"current-state\"}", 201);
    }

    private static JsonNode send(String method, String path, String body, int status) {
        HttpResponse<String> answer = alice.json(method, server.baseUrl() + path, body);
        assertThat(answer.statusCode()).as(method + " " + path + ": " + answer.body()).isEqualTo(status);
        return read(answer);
    }

    private static CookieBrowser signedIn(String token) {
        CookieBrowser browser = new CookieBrowser();
        assertThat(browser.signIn(server.baseUrl(), token).statusCode()).isEqualTo(302);
        return browser;
    }

    private static JsonNode read(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

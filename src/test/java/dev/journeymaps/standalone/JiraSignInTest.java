package dev.journeymaps.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import dev.journeymaps.store.embedded.DatabaseConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The standalone server with a Jira configured, over real HTTP: users sign in with their own Jira
 * credentials and Jira's permissions decide; a user who may browse but not edit changes nothing; with Jira
 * gone, the map and its status still render from the cache, marked, within 5 seconds.
 */
class JiraSignInTest {
    private static final String API = "/rest/journeymaps/1.0";
    private static final Pattern TOKEN = Pattern.compile("name=\"atl_token\" value=\"([^\"]+)\"");

    @TempDir
    Path dataDir;
    private FakeJiraServer jira;
    private StandaloneServer server;

    @BeforeEach
    void start() {
        jira = new FakeJiraServer()
                .with(new FakeJiraServer.Issue(20001, "SHOP-1", "Faster checkout", "Story", "In Progress", "indeterminate"))
                .with(new FakeJiraServer.Issue(20002, "SHOP-2", "Guest checkout", "Story", "Done", "done"));
        server = StandaloneServer.start(new StandaloneConfig("127.0.0.1", 0, DatabaseConfig.h2File(dataDir), true,
                new JiraConfig(jira.url(), "", "", JiraConfig.DEFAULT_PERMISSION_TTL, Duration.ZERO), null));
    }

    @AfterEach
    void stop() {
        server.close();
        jira.close();
    }

    /** A browser: keeps its cookies, does not follow redirects. */
    private final class Browser {
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

        HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET());
        }

        HttpResponse<String> json(String method, String path, String body) {
            return send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
        }

        HttpResponse<String> form(String path, Map<String, String> fields) {
            String body = fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        HttpResponse<String> signIn(String token) {
            Matcher csrf = TOKEN.matcher(get("/login.jsp").body());
            assertThat(csrf.find()).isTrue();
            return form("/login.jsp", FakeJiraServer.form("atl_token", csrf.group(1), "username", "", "password", token,
                    "os_destination", "/plugins/servlet/journeymaps/project/SHOP"));
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return RunningServer.JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("Not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    /** Alice creates a map in SHOP with a pain point linked to SHOP-1; returns {mapId, cardId, version}. */
    private long[] mapWithLinkedPainPoint(Browser alice) {
        HttpResponse<String> created = alice.json("POST", API + "/maps", "{\"projectKey\":\"SHOP\",\"title\":\"Checkout\",\"type\":\"current-state\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode map = json(created);
        long mapId = map.get("id").asLong();
        long lane = 0;
        for (JsonNode candidate : map.get("lanes")) {
            if (candidate.get("kind").asText().equals("pain-points")) {
                lane = candidate.get("id").asLong();
            }
        }
        long stage = map.get("stages").get(0).get("id").asLong();
        HttpResponse<String> card = alice.json("POST", API + "/maps/" + mapId + "/cards",
                "{\"version\":1,\"laneId\":" + lane + ",\"stageId\":" + stage + ",\"text\":\"Checkout asks for an account\"}");
        long cardId = json(card).get("card").get("id").asLong();
        HttpResponse<String> linked = alice.json("POST", API + "/maps/" + mapId + "/cards/" + cardId + "/links",
                "{\"version\":2,\"issueKey\":\"SHOP-1\"}");
        assertThat(linked.statusCode()).as(linked.body()).isEqualTo(201);
        return new long[]{mapId, cardId, 3};
    }

    @Test
    void signingInStartsAnHttpOnlySameSiteSessionAndGoesBackWhereTheUserWasGoing() {
        Browser alice = new Browser();
        assertThat(alice.get("/plugins/servlet/journeymaps/project/SHOP").statusCode()).isEqualTo(302);
        assertThat(alice.get(API + "/maps?projectKey=SHOP").statusCode()).isEqualTo(401);

        HttpResponse<String> signedIn = alice.signIn("alice-pat");

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/plugins/servlet/journeymaps/project/SHOP");
        assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JOURNEYMAPS_SESSION=").contains("HttpOnly").contains("SameSite=Lax"));
        assertThat(alice.get("/plugins/servlet/journeymaps/project/SHOP").statusCode()).isEqualTo(200);
        assertThat(alice.get(API + "/maps?projectKey=SHOP").statusCode()).isEqualTo(200);
        assertThat(alice.get(API + "/maps?projectKey=OTHER").statusCode()).isEqualTo(404); // Jira grants nothing there
    }

    @Test
    void wrongCredentialsAndFormsWithoutTheCsrfTokenAreRefused() {
        Browser mallory = new Browser();
        HttpResponse<String> refused = mallory.signIn("stolen");
        assertThat(refused.statusCode()).isEqualTo(401);
        // the sign-in page again, as an AUI page, saying why in an error message
        assertThat(refused.body()).contains("<form class=\"aui\"", "class=\"aui-message aui-message-error\" role=\"alert\"",
                "id=\"jm-password\"");
        assertThat(mallory.form("/login.jsp", FakeJiraServer.form("password", "alice-pat")).statusCode()).isEqualTo(403);
        assertThat(mallory.get(API + "/maps?projectKey=SHOP").statusCode()).isEqualTo(401);
    }

    @Test
    void aUserWhoMayBrowseButNotEditCanNeitherLinkNorUnlinkNorCreateAndNothingChanges() {
        Browser alice = new Browser();
        alice.signIn("alice-pat");
        long[] ids = mapWithLinkedPainPoint(alice);
        String map = API + "/maps/" + ids[0];
        Browser bob = new Browser();
        assertThat(bob.signIn("bob-pat").statusCode()).isEqualTo(302);
        String boardBefore = bob.get(map).body();
        JsonNode linksBefore = withoutFetchTimes(json(bob.get(map + "/status")).get("cards"));

        HttpResponse<String> link = bob.json("POST", map + "/cards/" + ids[1] + "/links", "{\"version\":3,\"issueKey\":\"SHOP-2\"}");
        HttpResponse<String> unlink = bob.json("DELETE", map + "/cards/" + ids[1] + "/links/20001?version=3", null);
        HttpResponse<String> create = bob.json("POST", map + "/cards/" + ids[1] + "/issues", "{\"version\":3,\"issueType\":\"Epic\"}");

        assertThat(link.statusCode()).as(link.body()).isEqualTo(403);
        assertThat(unlink.statusCode()).as(unlink.body()).isEqualTo(403);
        assertThat(create.statusCode()).as(create.body()).isEqualTo(403);
        assertThat(json(link).get("errorMessages").get(0).asText()).contains("Edit Issues");
        assertThat(bob.get(map).body()).isEqualTo(boardBefore);
        assertThat(withoutFetchTimes(json(bob.get(map + "/status")).get("cards"))).isEqualTo(linksBefore);
    }

    /** Every status read refreshes here (max age 0), so only the fetch times may differ. */
    private static JsonNode withoutFetchTimes(JsonNode cards) {
        cards.forEach(card -> card.get("links").forEach(link -> ((com.fasterxml.jackson.databind.node.ObjectNode) link.get("issue")).remove("fetchedAt")));
        return cards;
    }

    @Test
    void withJiraGoneTheMapAndItsStatusRenderFromTheCacheWithinFiveSecondsMarked() {
        Browser alice = new Browser();
        alice.signIn("alice-pat");
        long[] ids = mapWithLinkedPainPoint(alice);
        JsonNode before = json(alice.get(API + "/maps/" + ids[0] + "/status"));
        assertThat(before.get("jiraUnavailable").asBoolean()).isFalse();
        jira.close(); // the port is closed now

        long started = System.nanoTime();
        HttpResponse<String> status = alice.get(API + "/maps/" + ids[0] + "/status");
        HttpResponse<String> page = alice.get("/plugins/servlet/journeymaps/map/" + ids[0]);
        long millis = (System.nanoTime() - started) / 1_000_000;

        System.out.printf("Map status and page with Jira down: %d ms%n", millis);
        assertThat(millis).isLessThan(5000);
        assertThat(page.statusCode()).isEqualTo(200);
        JsonNode after = json(status);
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(after.get("jiraUnavailable").asBoolean()).isTrue();
        assertThat(after.get("stale").asBoolean()).isTrue();
        assertThat(after.get("asOf").asText()).isNotEmpty();
        JsonNode issue = after.get("cards").get(0).get("links").get(0).get("issue");
        assertThat(issue.get("key").asText()).isEqualTo("SHOP-1");
        assertThat(issue.get("statusName").asText()).isEqualTo("In Progress");
        assertThat(after.get("cards").get(0).get("state").asText()).isEqualTo("in-progress");
    }
}

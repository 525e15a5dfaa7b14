package dev.journeymaps.standalone;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** A browser against a standalone server with Jira: keeps its cookies, does not follow redirects, signs in by the form. */
public final class JiraBrowser {
    public static final String API = "/rest/journeymaps/1.0";
    /** A card's details with wiki markup in it, as users type evidence quotes. */
    static final String DETAILS = "Customers *never* finish {checklist} [here|http://evil.example]";
    private static final Pattern TOKEN = Pattern.compile("name=\"atl_token\" value=\"([^\"]+)\"");

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    /** A standalone server on H2 in {@code dataDir}, signed in to {@code jira}, with these permission TTL and issue max age. */
    public static StandaloneServer serverFor(FakeJiraServer jira, java.nio.file.Path dataDir, Duration permissionTtl, Duration maxAge) {
        return StandaloneServer.start(new StandaloneConfig("127.0.0.1", 0,
                dev.journeymaps.store.embedded.DatabaseConfig.h2File(dataDir), false,
                new JiraConfig(jira.url(), "", "", permissionTtl, maxAge), null));
    }

    public JiraBrowser(StandaloneServer server) {
        this.baseUrl = server.baseUrl();
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            // A safety net, not a timed assertion: a request hanging past this fails the test instead of the build.
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    public HttpResponse<String> json(String method, String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> form(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> signIn(String username, String secret, String destination) {
        Matcher csrf = TOKEN.matcher(get("/login.jsp").body());
        assertThat(csrf.find()).isTrue();
        return form("/login.jsp", FakeJiraServer.form("atl_token", csrf.group(1), "username", username, "password", secret,
                "os_destination", destination));
    }

    /** Signs in as the stand-in's user, in the form's terms of the stand-in's flavour; asserts it worked. */
    public void signIn(FakeJiraServer jira, String user) {
        String[] credentials = jira.credentials(user);
        HttpResponse<String> signedIn = signIn(credentials[0], credentials[1], "/plugins/servlet/journeymaps/project/SHOP");
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return RunningServer.JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("Not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    /** Creates a map in SHOP with a pain point linked to each issue key, in order; returns {mapId, cardId}. */
    public long[] mapWithPainPointLinkedTo(String... issueKeys) {
        return mapInProjectLinkedTo("SHOP", issueKeys);
    }

    /** As above, in {@code project}; the map's version afterwards is 2 + the number of links. */
    public long[] mapInProjectLinkedTo(String project, String... issueKeys) {
        HttpResponse<String> created = json("POST", API + "/maps", "{\"projectKey\":\"" + project + "\",\"title\":\"Checkout\",\"type\":\"current-state\"}");
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
        HttpResponse<String> card = json("POST", API + "/maps/" + mapId + "/cards",
                "{\"version\":1,\"laneId\":" + lane + ",\"stageId\":" + stage + ",\"text\":\"Checkout asks for an account\",\"details\":\"" + DETAILS + "\"}");
        long cardId = json(card).get("card").get("id").asLong();
        long version = 2;
        for (String key : issueKeys) {
            HttpResponse<String> linked = json("POST", API + "/maps/" + mapId + "/cards/" + cardId + "/links",
                    "{\"version\":" + version + ",\"issueKey\":\"" + key + "\"}");
            assertThat(linked.statusCode()).as(linked.body()).isEqualTo(201);
            version++;
        }
        return new long[]{mapId, cardId};
    }
}

package dev.journeymaps.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text is Unicode scalar values without NUL, and lengths are counted in characters: over HTTP, for every text field
 * of every write, on the database a subclass starts the server on. A refused write answers 400 naming the field and
 * leaves the map, the project's maps and personas, the snapshots and the history exactly as they were.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TextInputRestContract {
    private static final String API = "/rest/journeymaps/1.0";
    /** NUL (PostgreSQL refuses it), a lone high and a lone low surrogate (stored as "?"), as JSON escapes. */
    private static final List<String> UNSTORABLE = List.of("a\\u0000b", "a\\ud800b", "\\udc00");
    private static final String EMOJI = "\uD83D\uDE00";

    private RunningServer server;
    private final Map<String, Long> ids = new java.util.HashMap<>();

    protected abstract RunningServer start() throws Exception;

    @BeforeAll
    void startServer() throws Exception {
        server = start();
        JsonNode map = created(server.post(API + "/maps", "{\"projectKey\":\"TXT\",\"title\":\"Text\",\"type\":\"current-state\"}"));
        long mapId = map.get("id").asLong();
        ids.put("map", mapId);
        ids.put("stage", map.get("stages").get(0).get("id").asLong());
        for (JsonNode lane : map.get("lanes")) {
            if (lane.get("kind").asText().equals("pain-points")) {
                ids.put("lane", lane.get("id").asLong());
            }
        }
        JsonNode card = created(server.post(API + "/maps/" + mapId + "/cards", "{\"version\":1,\"laneId\":" + ids.get("lane")
                + ",\"stageId\":" + ids.get("stage") + ",\"text\":\"Slow\"}"));
        ids.put("card", card.get("card").get("id").asLong());
        JsonNode evidence = created(server.post(API + "/maps/" + mapId + "/cards/" + ids.get("card") + "/evidence",
                "{\"version\":2,\"type\":\"interview\",\"quote\":\"It hangs\"}"));
        ids.put("evidence", evidence.get("evidence").get("id").asLong());
        ids.put("persona", created(server.post(API + "/personas", "{\"projectKey\":\"TXT\",\"name\":\"Priya\"}")).get("id").asLong());
    }

    @org.junit.jupiter.api.AfterAll
    void stopServer() throws Exception {
        server.close();
        stopDatabase();
    }

    protected void stopDatabase() throws Exception {
    }

    /** Every write with text, as {method, path, body with VALUE where the text goes, the field the error must name}. */
    static Stream<Write> everyTextField() {
        return Stream.of(
                new Write("POST", "/maps", "{\"projectKey\":\"TXT\",\"title\":VALUE,\"type\":\"current-state\"}", "title"),
                new Write("POST", "/maps", "{\"projectKey\":\"TXT\",\"title\":\"t\",\"type\":VALUE}", "type"),
                new Write("POST", "/maps", "{\"projectKey\":VALUE,\"title\":\"t\",\"type\":\"current-state\"}", "projectKey"),
                new Write("POST", "/maps", "{\"projectKey\":\"TXT\",\"title\":\"t\",\"type\":\"current-state\",\"persona\":VALUE}", "persona"),
                new Write("POST", "/maps", "{\"projectKey\":\"TXT\",\"title\":\"t\",\"type\":\"current-state\",\"journey\":VALUE}", "journey"),
                new Write("POST", "/maps", "{\"projectKey\":\"TXT\",\"title\":\"t\",\"type\":\"current-state\",\"goal\":VALUE}", "goal"),
                new Write("POST", "/maps", "{\"projectKey\":\"TXT\",\"title\":\"t\",\"type\":\"current-state\",\"purpose\":VALUE}", "purpose"),
                new Write("POST", "/maps", "{\"projectKey\":\"TXT\",\"title\":\"t\",\"type\":\"current-state\",\"owner\":VALUE}", "owner"),
                new Write("PUT", "/maps/{map}", "{\"version\":V,\"title\":VALUE,\"type\":\"current-state\"}", "title"),
                new Write("PUT", "/maps/{map}", "{\"version\":V,\"title\":\"Text\",\"type\":\"current-state\",\"purpose\":VALUE}", "purpose"),
                new Write("POST", "/maps/{map}/stages", "{\"version\":V,\"name\":VALUE}", "name"),
                new Write("PUT", "/maps/{map}/stages/{stage}", "{\"version\":V,\"name\":VALUE}", "name"),
                new Write("POST", "/maps/{map}/lanes", "{\"version\":V,\"kind\":\"metrics\",\"title\":VALUE}", "title"),
                new Write("POST", "/maps/{map}/lanes", "{\"version\":V,\"kind\":VALUE,\"title\":\"t\"}", "kind"),
                new Write("PUT", "/maps/{map}/lanes/{lane}", "{\"version\":V,\"title\":VALUE}", "title"),
                new Write("POST", "/maps/{map}/cards", "{\"version\":V,\"laneId\":{lane},\"stageId\":{stage},\"text\":VALUE}", "text"),
                new Write("POST", "/maps/{map}/cards", "{\"version\":V,\"laneId\":{lane},\"stageId\":{stage},\"text\":\"t\",\"details\":VALUE}", "details"),
                new Write("POST", "/maps/{map}/cards", "{\"version\":V,\"laneId\":{lane},\"stageId\":{stage},\"text\":\"t\",\"channel\":VALUE}", "channel"),
                new Write("PUT", "/maps/{map}/cards/{card}", "{\"version\":V,\"text\":VALUE}", "text"),
                new Write("PUT", "/maps/{map}/cards/{card}", "{\"version\":V,\"text\":\"Slow\",\"details\":VALUE}", "details"),
                new Write("POST", "/maps/{map}/cards/{card}/evidence", "{\"version\":V,\"type\":\"survey\",\"quote\":VALUE}", "quote"),
                new Write("POST", "/maps/{map}/cards/{card}/evidence", "{\"version\":V,\"type\":\"survey\",\"sourceUrl\":VALUE}", "sourceUrl"),
                new Write("POST", "/maps/{map}/cards/{card}/evidence", "{\"version\":V,\"type\":VALUE}", "type"),
                new Write("POST", "/maps/{map}/cards/{card}/evidence", "{\"version\":V,\"type\":\"survey\",\"date\":VALUE}", "date"),
                new Write("PUT", "/maps/{map}/cards/{card}/evidence/{evidence}", "{\"version\":V,\"type\":\"interview\",\"quote\":VALUE}", "quote"),
                new Write("POST", "/personas", "{\"projectKey\":\"TXT\",\"name\":VALUE}", "name"),
                new Write("POST", "/personas", "{\"projectKey\":\"TXT\",\"name\":\"n\",\"description\":VALUE}", "description"),
                new Write("POST", "/personas", "{\"projectKey\":\"TXT\",\"name\":\"n\",\"goals\":VALUE}", "goals"),
                new Write("POST", "/personas", "{\"projectKey\":\"TXT\",\"name\":\"n\",\"frustrations\":VALUE}", "frustrations"),
                new Write("PUT", "/personas/{persona}", "{\"version\":1,\"name\":VALUE}", "name"),
                new Write("PUT", "/maps/{map}/owner", "{\"version\":V,\"owner\":VALUE}", "owner"),
                new Write("PUT", "/maps/{map}/triage/{card}/owner", "{\"version\":V,\"owner\":VALUE}", "owner"),
                new Write("PUT", "/maps/{map}/scoring", "{\"version\":V,\"method\":VALUE}", "method"),
                new Write("POST", "/maps/{map}/review", "{\"version\":V,\"label\":VALUE}", "label"),
                new Write("POST", "/maps/{map}/snapshots", "{\"version\":V,\"label\":VALUE}", "label"),
                new Write("POST", "/maps/{map}/cards/{card}/links", "{\"version\":V,\"issueKey\":VALUE}", "issueKey"),
                new Write("POST", "/maps/{map}/cards/{card}/issues", "{\"version\":V,\"issueType\":\"Task\",\"summary\":VALUE}", "summary"),
                new Write("POST", "/maps/{map}/cards/{card}/issues", "{\"version\":V,\"issueType\":VALUE}", "issueType"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyTextField")
    void nulAndBrokenCharactersAreRefusedOnEveryTextFieldAndChangeNothing(Write write) {
        for (String text : UNSTORABLE) {
            String before = state();
            RunningServer.Reply reply = send(write, "\"" + text + "\"");

            assertThat(reply.status()).as(write + " with " + text + ": " + reply.body()).isEqualTo(400);
            assertThat(reply.json().get("errors").has(write.field())).as(reply.body()).isTrue();
            assertThat(reply.body()).doesNotContainPattern("java\\.|jakarta\\.|fasterxml|Exception");
            assertThat(state()).as("nothing changed after " + write + " with " + text).isEqualTo(before);
        }
    }

    @Test
    void limitsCountCharactersSoEmojiFitAsManyAsTheLimitSays() {
        long mapId = ids.get("map");
        String base = API + "/maps/" + mapId;

        RunningServer.Reply stage = server.post(base + "/stages", "{\"version\":" + version() + ",\"name\":\"" + EMOJI.repeat(120) + "\"}");
        assertThat(stage.status()).as(stage.body()).isEqualTo(201);
        assertThat(stage.json().get("stage").get("name").asText()).isEqualTo(EMOJI.repeat(120));
        RunningServer.Reply lane = server.post(base + "/lanes", "{\"version\":" + version() + ",\"kind\":\"metrics\",\"title\":\"" + EMOJI.repeat(120) + "\"}");
        assertThat(lane.status()).as(lane.body()).isEqualTo(201);
        RunningServer.Reply persona = server.post(API + "/personas", "{\"projectKey\":\"TXT\",\"name\":\"" + EMOJI.repeat(120) + "\"}");
        assertThat(persona.status()).as(persona.body()).isEqualTo(201);
        RunningServer.Reply title = server.put(base, "{\"version\":" + version() + ",\"type\":\"current-state\",\"title\":\"" + EMOJI.repeat(255) + "\"}");
        assertThat(title.status()).as(title.body()).isEqualTo(200);
        assertThat(server.get(base).json().get("title").asText()).isEqualTo(EMOJI.repeat(255));
        RunningServer.Reply label = server.post(base + "/snapshots", "{\"version\":" + version() + ",\"label\":\"" + EMOJI.repeat(255) + "\"}");
        assertThat(label.status()).as(label.body()).isEqualTo(201);

        String before = state();
        RunningServer.Reply tooLong = server.post(base + "/stages", "{\"version\":" + version() + ",\"name\":\"" + EMOJI.repeat(121) + "\"}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("errors").get("name").asText()).isEqualTo("Must be at most 120 characters (it has 121).");
        assertThat(state()).isEqualTo(before);
    }

    private RunningServer.Reply send(Write write, String value) {
        String path = API + resolve(write.path());
        String body = resolve(write.body()).replace("VALUE", value).replace("\"version\":V", "\"version\":" + version());
        return switch (write.method()) {
            case "POST" -> server.post(path, body);
            case "PUT" -> server.put(path, body);
            default -> throw new IllegalArgumentException(write.method());
        };
    }

    private String resolve(String template) {
        String out = template;
        for (Map.Entry<String, Long> id : ids.entrySet()) {
            out = out.replace("{" + id.getKey() + "}", String.valueOf(id.getValue()));
        }
        return out;
    }

    private long version() {
        return server.get(API + "/maps/" + ids.get("map")).json().get("version").asLong();
    }

    /** What a refused write must leave alone: the map, the project's maps and personas, snapshots and history. */
    private String state() {
        long mapId = ids.get("map");
        return String.join("\n", server.get(API + "/maps/" + mapId).body(), server.get(API + "/maps?projectKey=TXT").body(),
                server.get(API + "/personas?projectKey=TXT").body(), server.get(API + "/maps/" + mapId + "/snapshots").body(),
                server.get(API + "/maps/" + mapId + "/history").body());
    }

    private static JsonNode created(RunningServer.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    record Write(String method, String path, String body, String field) {
        @Override
        public String toString() {
            return method + " " + path + " " + field;
        }
    }
}

package dev.journeymaps.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import dev.journeymaps.store.embedded.DatabaseConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule: a map's stored past is bounded and read in pages. Taking a snapshot beyond {@code --snapshots-per-map}
 * deletes the oldest; {@code /snapshots} and {@code /history} stay JSON arrays and take {@code ?start=&limit=}, with
 * the total in {@code X-Total-Count}; a bad page gets 400 naming the parameter.
 */
class HistoryRetentionTest {
    private static final String API = "/rest/journeymaps/1.0";

    @TempDir
    Path dataDir;
    private StandaloneServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private long mapId;
    private long version;

    @BeforeEach
    void startKeepingThreeSnapshotsPerMap() throws Exception {
        server = StandaloneServer.start(new StandaloneConfig("127.0.0.1", 0, DatabaseConfig.h2File(dataDir), false, null, null,
                StandaloneConfig.DEFAULT_MAX_BODY_BYTES, 3));
        JsonNode map = json(send("POST", API + "/maps", "{\"projectKey\":\"RET\",\"title\":\"Kept short\",\"type\":\"current-state\"}"));
        mapId = map.get("id").asLong();
        version = map.get("version").asLong();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return RunningServer.JSON.readTree(response.body());
    }

    private List<Long> takeSnapshots(int count) throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            HttpResponse<String> taken = send("POST", API + "/maps/" + mapId + "/snapshots", "{\"version\":" + version + ",\"label\":\"s" + i + "\"}");
            assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);
            ids.add(json(taken).get("snapshot").get("id").asLong());
            version = json(taken).get("version").asLong();
        }
        return ids;
    }

    @Test
    void takingASnapshotBeyondTheRetentionDeletesTheOldest() throws Exception {
        List<Long> ids = takeSnapshots(5);

        JsonNode kept = json(send("GET", API + "/maps/" + mapId + "/snapshots", null));
        assertThat(kept).extracting(node -> node.get("label").asText()).containsExactly("s5", "s4", "s3");
        assertThat(send("GET", API + "/maps/" + mapId + "/snapshots/" + ids.get(0), null).statusCode()).isEqualTo(404);
        assertThat(send("GET", API + "/maps/" + mapId + "/snapshots/" + ids.get(2), null).statusCode()).isEqualTo(200);
    }

    @Test
    void snapshotsAndHistoryArePagedAndSayTheirTotal() throws Exception {
        takeSnapshots(3);
        HttpResponse<String> first = send("GET", API + "/maps/" + mapId + "/snapshots?limit=2", null);
        HttpResponse<String> second = send("GET", API + "/maps/" + mapId + "/snapshots?start=2&limit=2", null);
        assertThat(json(first)).extracting(node -> node.get("label").asText()).containsExactly("s3", "s2");
        assertThat(json(second)).extracting(node -> node.get("label").asText()).containsExactly("s1");
        assertThat(first.headers().firstValue("X-Total-Count")).contains("3");

        JsonNode all = json(send("GET", API + "/maps/" + mapId + "/history", null));
        HttpResponse<String> newest = send("GET", API + "/maps/" + mapId + "/history?limit=1", null);
        HttpResponse<String> rest = send("GET", API + "/maps/" + mapId + "/history?start=1", null);
        assertThat(all.isArray()).isTrue();
        assertThat(all.size()).isGreaterThanOrEqualTo(4); // created + three snapshots
        assertThat(json(newest)).containsExactly(all.get(0));
        assertThat(json(rest).size()).isEqualTo(all.size() - 1);
        assertThat(newest.headers().firstValue("X-Total-Count")).contains(Integer.toString(all.size()));
    }

    @Test
    void aBadPageGets400NamingTheParameter() throws Exception {
        HttpResponse<String> zero = send("GET", API + "/maps/" + mapId + "/history?limit=0", null);
        HttpResponse<String> huge = send("GET", API + "/maps/" + mapId + "/snapshots?limit=100000", null);
        HttpResponse<String> negative = send("GET", API + "/maps/" + mapId + "/snapshots?start=-1", null);
        assertThat(zero.statusCode()).isEqualTo(400);
        assertThat(json(zero).get("errors").has("limit")).isTrue();
        assertThat(huge.statusCode()).isEqualTo(400);
        assertThat(json(negative).get("errors").has("start")).isTrue();
        HttpResponse<String> words = send("GET", API + "/maps/" + mapId + "/history?limit=ten", null);
        assertThat(words.statusCode()).as("not a number is bad input, not a missing resource").isEqualTo(400);
        assertThat(json(words).get("errors").has("limit")).isTrue();
    }
}

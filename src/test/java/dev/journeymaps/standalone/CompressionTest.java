package dev.journeymaps.standalone;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages, JSON, scripts and styles go out gzipped to clients that accept it, and unchanged to those that do not. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompressionTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private RunningServer server;
    private long mapId;

    @BeforeAll
    void start(@TempDir Path dir) {
        server = RunningServer.start(dir, true);
        mapId = server.get("/rest/journeymaps/1.0/maps?projectKey=DEMO").json().get(0).get("map").get("id").asLong();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/plugins/servlet/journeymaps/map/{id}", "/rest/journeymaps/1.0/maps/{id}",
            "/static/journey-maps/js/journey-maps.js", "/static/journey-maps/css/journey-maps.css"})
    void compressedForClientsThatAcceptGzip(String template) throws Exception {
        String path = template.replace("{id}", Long.toString(mapId));
        HttpResponse<byte[]> plain = fetch(path, "identity");
        HttpResponse<byte[]> gzipped = fetch(path, "gzip");

        assertThat(plain.statusCode()).as(path).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        byte[] unzipped = gunzip(gzipped.body());
        assertThat(new String(unzipped, StandardCharsets.UTF_8)).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
        assertThat(gzipped.body().length).as("compressed size of " + path).isLessThan(plain.body().length / 2);
    }

    private HttpResponse<byte[]> fetch(String path, String encoding) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(server.url(path))).header("Accept-Encoding", encoding).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }
}

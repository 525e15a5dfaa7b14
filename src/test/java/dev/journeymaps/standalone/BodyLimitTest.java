package dev.journeymaps.standalone;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The body limit (5 MB by default) over HTTP, for bodies with and without a declared length. */
class BodyLimitTest {
    private static final String MAPS = "/rest/journeymaps/1.0/maps";
    private RunningServer server;

    @BeforeEach
    void start() {
        server = RunningServer.start(false);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private RunningServer.Reply postChunked(byte[] body) {
        // ofInputStream has no known length, so the client sends it chunked
        return server.send(HttpRequest.newBuilder(URI.create(server.url(MAPS))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
    }

    private static byte[] mapJson(String title, int padding) {
        char[] spaces = new char[padding];
        Arrays.fill(spaces, ' ');
        return ("{\"projectKey\":\"BIG\",\"title\":\"" + title + "\",\"type\":\"current-state\"}" + new String(spaces))
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aBodyOverTheLimitGets413AndCreatesNothing() {
        RunningServer.Reply declared = server.post(MAPS, new String(mapJson("Declared", 6 * 1024 * 1024), StandardCharsets.UTF_8));
        RunningServer.Reply chunked = postChunked(mapJson("Chunked", 6 * 1024 * 1024));

        assertThat(declared.status()).isEqualTo(413);
        assertThat(chunked.status()).isEqualTo(413);
        assertThat(chunked.json().get("errorMessages").get(0).asText()).contains("larger than this server accepts");
        assertThat(server.get(MAPS + "?projectKey=BIG").json()).isEmpty();
    }

    @Test
    void aChunkedBodyWithinTheLimitIsReadAsUsual() {
        RunningServer.Reply created = postChunked(mapJson("Within the limit", 4 * 1024 * 1024));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(server.get(MAPS + "?projectKey=BIG").body()).contains("Within the limit");
    }
}

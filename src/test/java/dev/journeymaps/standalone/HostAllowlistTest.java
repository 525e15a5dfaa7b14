package dev.journeymaps.standalone;

import dev.journeymaps.store.embedded.DatabaseConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule: the server answers only requests addressed to a name it goes by (DNS rebinding). In local mode those are the
 * loopback names; with {@code --public-url}, its host too. A foreign Host gets 421 and changes nothing, even with a
 * matching Origin and a JSON body.
 */
class HostAllowlistTest {
    private static final String MAP = "/rest/journeymaps/1.0/maps/";

    @TempDir
    Path dataDir;
    private RunningServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private long demoMapId() {
        return server.get("/rest/journeymaps/1.0/maps?projectKey=DEMO").json().get(0).get("map").get("id").asLong();
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:8080", "127.0.0.1.nip.io", "localhost.evil.example", "[::2]", "10.0.0.1"})
    void aForeignHostCanNeitherReadNorWriteInLocalMode(String host) {
        server = RunningServer.start(dataDir, true);
        long mapId = demoMapId();
        String before = server.get(MAP + mapId).body();
        String origin = "Origin: http://" + host;

        RawHttp.Answer read = RawHttp.request(server.server.port(), "GET", MAP + mapId, host);
        RawHttp.Answer page = RawHttp.request(server.server.port(), "GET", "/plugins/servlet/journeymaps/map/" + mapId, host);
        RawHttp.Answer delete = RawHttp.request(server.server.port(), "DELETE", MAP + mapId + "?version=1", host, origin);
        String update = "{\"version\":1,\"title\":\"Rebound\"}";
        RawHttp.Answer put = RawHttp.withBody(server.server.port(), "PUT", MAP + mapId, host, update, origin,
                "Content-Type: application/json");

        assertThat(read.status()).isEqualTo(421);
        assertThat(read.body()).doesNotContain("evaluation to first value");
        assertThat(page.status()).isEqualTo(421);
        assertThat(delete.status()).isEqualTo(421);
        assertThat(put.status()).isEqualTo(421);
        assertThat(server.get(MAP + mapId).body()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "localhost", "LOCALHOST", "localhost."})
    void loopbackNamesAreAnswered(String name) {
        server = RunningServer.start(dataDir, true);
        RawHttp.Answer read = RawHttp.request(server.server.port(), "GET", MAP + demoMapId(), name + ":" + server.server.port());
        assertThat(read.status()).isEqualTo(200);
    }

    @Test
    void thePublicUrlsHostIsAnsweredAndOthersAreNot() {
        StandaloneServer named = StandaloneServer.start(new StandaloneConfig("127.0.0.1", 0, DatabaseConfig.h2File(dataDir), true, null,
                "https://maps.example.org/"));
        try {
            assertThat(RawHttp.request(named.port(), "GET", "/rest/journeymaps/1.0/maps?projectKey=DEMO", "maps.example.org").status())
                    .isEqualTo(200);
            assertThat(RawHttp.request(named.port(), "GET", "/rest/journeymaps/1.0/maps?projectKey=DEMO", "other.example.org").status())
                    .isEqualTo(421);
        } finally {
            named.close();
        }
    }
}

package dev.journeymaps.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StandaloneServerTest {

    @Test
    void anEmptyDatabaseIsSeededWithARealisticDemoMapThatTheHomePageOpens(@TempDir Path dir) {
        try (RunningServer server = RunningServer.start(dir, true)) {
            JsonNode list = server.get("/rest/journeymaps/1.0/maps?projectKey=DEMO").json();
            assertThat(list).hasSize(1);
            long id = list.get(0).get("map").get("id").asLong();
            JsonNode map = server.get("/rest/journeymaps/1.0/maps/" + id).json();

            assertThat(map.get("title").asText()).contains("evaluation to first value");
            assertThat(map.get("stages")).hasSizeGreaterThanOrEqualTo(6);
            Set<Long> lanesWithCards = new HashSet<>();
            map.get("cards").forEach(card -> lanesWithCards.add(card.get("laneId").asLong()));
            assertThat(lanesWithCards).hasSize(map.get("lanes").size());
            assertThat(map.get("cards").size()).isGreaterThanOrEqualTo(40);

            RunningServer.Reply home = server.get("/");
            assertThat(home.status()).isEqualTo(302);
            assertThat(home.location()).endsWith("/plugins/servlet/journeymaps/map/" + id);
        }
    }

    @Test
    void aRestartKeepsEverythingAndDoesNotSeedTwice(@TempDir Path dir) {
        long mapId;
        long version;
        try (RunningServer server = RunningServer.start(dir, true)) {
            JsonNode map = server.get("/rest/journeymaps/1.0/maps/" + firstDemoMap(server)).json();
            mapId = map.get("id").asLong();
            long stage = map.get("stages").get(0).get("id").asLong();
            RunningServer.Reply renamed = server.put("/rest/journeymaps/1.0/maps/" + mapId + "/stages/" + stage,
                    "{\"version\":" + map.get("version").asLong() + ",\"name\":\"Hear about us\"}");
            assertThat(renamed.status()).isEqualTo(200);
            version = renamed.json().get("version").asLong();
        }
        try (RunningServer again = RunningServer.start(dir, true)) {
            assertThat(again.get("/rest/journeymaps/1.0/maps?projectKey=DEMO").json()).hasSize(1);
            JsonNode map = again.get("/rest/journeymaps/1.0/maps/" + mapId).json();
            assertThat(map.get("version").asLong()).isEqualTo(version);
            assertThat(map.get("stages").get(0).get("name").asText()).isEqualTo("Hear about us");
        }
    }

    @Test
    void withoutJiraTheServerRefusesToListenBeyondLoopback(@TempDir Path dir) {
        assertThatThrownBy(() -> new StandaloneConfig("0.0.0.0", 8080,
                dev.journeymaps.store.embedded.DatabaseConfig.h2File(dir), false))
                .hasMessageContaining("not a loopback address");
    }

    @Test
    void helpListsEveryOptionWithItsEnvironmentVariable() {
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new Main());
        command.setOut(new PrintWriter(out));

        int exit = command.execute("--help");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("--port", "JOURNEYMAPS_PORT", "--bind", "--data-dir", "--db-url",
                "--db-user", "--db-password", "JOURNEYMAPS_DB_URL", "--[no-]demo");
    }

    private static long firstDemoMap(RunningServer server) {
        return server.get("/rest/journeymaps/1.0/maps?projectKey=DEMO").json().get(0).get("map").get("id").asLong();
    }
}

package dev.journeymaps.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.journeymaps.store.StatementCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live board's cost with 50 idle viewers of one map (issue 15): 50 pages long-polling "changes since" on one
 * node, nothing changing; every SQL statement the server runs is counted (a counting DataSource) over a fixed window.
 * `mvn -B -Pbench verify -Dit.test=none -Dtest=LiveViewersBench`; writes target/bench/live-viewers.md.
 */
class LiveViewersBench {
    private static final int VIEWERS = 50;
    private static final int WINDOW_SECONDS = Integer.getInteger("bench.window", 60);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void fiftyIdleViewersOfOneMap() throws Exception {
        StatementCounter counter = new StatementCounter();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger answers = new AtomicInteger();
        ExecutorService viewers = Executors.newFixedThreadPool(VIEWERS);
        HttpClient http = HttpClient.newBuilder().executor(Executors.newCachedThreadPool()).build();
        try (RunningServer server = RunningServer.start(dataDir, false, counter::wrap)) {
            JsonNode map = JSON.readTree(server.post("/rest/journeymaps/1.0/maps",
                    "{\"projectKey\":\"DEMO\",\"title\":\"Watched\",\"type\":\"current-state\"}").body());
            String changes = server.url("/rest/journeymaps/1.0/maps/" + map.get("id").asLong() + "/changes?since="
                    + map.get("version").asLong() + "&wait=25&client=viewer");
            for (int i = 0; i < VIEWERS; i++) {
                String mine = changes + i;
                viewers.submit(() -> {
                    String presence = "";
                    while (running.get()) {
                        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(mine + "&presence=" + presence))
                                .timeout(Duration.ofSeconds(40)).GET().build(), HttpResponse.BodyHandlers.ofString());
                        presence = JSON.readTree(answer.body()).get("presence").asText();
                        answers.incrementAndGet();
                    }
                    return null;
                });
            }
            Thread.sleep(5_000); // every page has joined and holds a request with the latest presence
            counter.reset();
            int answersBefore = answers.get();
            Thread.sleep(WINDOW_SECONDS * 1000L);
            int statements = counter.count();
            int answered = answers.get() - answersBefore;
            Map<String, Integer> byKind = new TreeMap<>();
            for (String sql : counter.statements()) {
                byKind.merge(sql.replaceAll("\\s+", " ").replaceAll("IN \\([^)]*\\)", "IN (…)"), 1, Integer::sum);
            }
            running.set(false);
            StringBuilder report = new StringBuilder("# Live board: 50 idle viewers of one map\n\n")
                    .append(String.format("%d viewers, %d s window: %d SQL statements = %.2f per second; %d long polls answered%n%n",
                            VIEWERS, WINDOW_SECONDS, statements, statements / (double) WINDOW_SECONDS, answered));
            byKind.forEach((sql, count) -> report.append("- ").append(count).append(" × `").append(sql).append("`\n"));
            Files.createDirectories(Path.of("target/bench"));
            Files.writeString(Path.of("target/bench/live-viewers.md"), report);
            System.out.println(report);
            assertThat(statements).as("the viewers were served at all").isPositive();
        } finally {
            running.set(false);
            viewers.shutdownNow();
        }
    }
}

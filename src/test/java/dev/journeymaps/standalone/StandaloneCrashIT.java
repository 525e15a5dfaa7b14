package dev.journeymaps.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule: a write the server answered 2xx survives a crash. The packaged server takes 3 concurrent writers and is
 * killed with {@code kill -9} once enough writes were acknowledged, 5 times over the same database; after a restart
 * every acknowledged map is there. On the default H2 database (whose default write delay lost the last half
 * second of commits) and on PostgreSQL.
 */
class StandaloneCrashIT {
    private static final int ROUNDS = 5;
    private static final int WRITERS = 3;
    /** Acknowledged writes per round before the kill; the writers keep going until the server is gone. */
    private static final int ACKS_BEFORE_KILL = 60;
    private static final String PROJECT = "CRASH";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void noAcknowledgedWriteIsLostOnKillMinus9WithTheDefaultH2Database(@TempDir Path data) throws Exception {
        assertNoAcknowledgedWriteLost("--data-dir", data.toString());
    }

    @Test
    void noAcknowledgedWriteIsLostOnKillMinus9WithPostgreSql() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            assertNoAcknowledgedWriteLost("--db-url", postgres.getJdbcUrl("postgres", "postgres"),
                    "--db-user", "postgres", "--db-password", "postgres");
        }
    }

    private void assertNoAcknowledgedWriteLost(String... database) throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        for (int round = 1; round <= ROUNDS; round++) {
            ServerProcess server = ServerProcess.start(List.of("-Xmx256m"), withNoDemo(database));
            try {
                AtomicInteger acks = new AtomicInteger();
                List<Thread> writers = new ArrayList<>();
                for (int writer = 0; writer < WRITERS; writer++) {
                    String prefix = "round " + round + " writer " + writer + " map ";
                    Thread thread = new Thread(() -> write(server.baseUrl, prefix, acknowledged, acks), "writer-" + writer);
                    thread.start();
                    writers.add(thread);
                }
                while (acks.get() < ACKS_BEFORE_KILL && writers.stream().anyMatch(Thread::isAlive)) {
                    Thread.sleep(5);
                }
                server.kill();
                for (Thread thread : writers) {
                    thread.join(60_000);
                }
                assertThat(acks.get()).as("writes acknowledged in round %d", round).isGreaterThanOrEqualTo(ACKS_BEFORE_KILL);
            } finally {
                server.close();
            }
        }
        ServerProcess restarted = ServerProcess.start(List.of(), withNoDemo(database));
        try {
            Set<String> stored = ConcurrentHashMap.newKeySet();
            HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create(restarted.baseUrl
                    + "/rest/journeymaps/1.0/maps?projectKey=" + PROJECT)).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            for (JsonNode summary : RunningServer.JSON.readTree(list.body())) {
                stored.add(summary.get("map").get("title").asText());
            }
            System.out.printf("kill -9 x%d (%s): %d writes acknowledged, %d lost%n", ROUNDS, database[0], acknowledged.size(),
                    acknowledged.stream().filter(title -> !stored.contains(title)).count());
            assertThat(stored).containsAll(acknowledged);
        } finally {
            restarted.close();
        }
    }

    private static String[] withNoDemo(String... database) {
        List<String> arguments = new ArrayList<>(List.of(database));
        arguments.add("--no-demo");
        return arguments.toArray(new String[0]);
    }

    /** Creates maps until the server stops answering; records the title of every one answered 201. */
    private void write(String baseUrl, String prefix, Set<String> acknowledged, AtomicInteger acks) {
        for (int n = 0; ; n++) {
            String title = prefix + n;
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/rest/journeymaps/1.0/maps"))
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"projectKey\":\"" + PROJECT + "\",\"title\":\"" + title
                            + "\",\"type\":\"current-state\"}")).build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201) {
                    acknowledged.add(title);
                    acks.incrementAndGet();
                }
            } catch (IOException e) {
                return; // the server is gone: this write was never acknowledged
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}

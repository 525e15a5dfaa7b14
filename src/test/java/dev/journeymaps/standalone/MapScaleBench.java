package dev.journeymaps.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import dev.journeymaps.store.StatementCounter;
import dev.journeymaps.store.embedded.DatabaseConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scale benchmark of BENCHMARKS.md: maps of growing size built through the real HTTP API of the standalone server,
 * on H2 and on PostgreSQL, then single writes and page views timed over HTTP (medians of {@code bench.samples}).
 * Not a test: it runs only in the {@code bench} profile ({@code mvn -Pbench verify}) and asserts nothing about time —
 * only that every request succeeded. Figures go to stdout and {@code target/bench/map-scale.md}.
 * Sizes: {@code -Dbench.sizes=100,2000,5000} (default 100,2000).
 */
class MapScaleBench {
    private static final String API = "/rest/journeymaps/1.0";
    private static final String PAGES = "/plugins/servlet/journeymaps";
    private static final int SAMPLES = Integer.getInteger("bench.samples", 15);
    private static final int STAGES = 12;
    private static final String[] TEXT_LANES = {"touchpoints", "actions", "thoughts", "pain-points", "opportunities"};
    private static final Path OUT = Path.of("target/bench/map-scale.md");

    @Test
    void h2(@TempDir Path dir) throws IOException {
        run("H2", () -> DatabaseConfig.h2File(dir.resolve("db" + System.nanoTime())), dir);
    }

    @Test
    void postgres(@TempDir Path dir) throws IOException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            int[] n = {0};
            run("PostgreSQL", () -> {
                String db = "bench" + (n[0]++);
                try (var c = postgres.getPostgresDatabase().getConnection(); var st = c.createStatement()) {
                    st.execute("CREATE DATABASE " + db);
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
                return new DatabaseConfig(postgres.getJdbcUrl("postgres", db), "postgres", "postgres");
            }, dir);
        }
    }

    private void run(String database, Supplier<DatabaseConfig> fresh, Path dir) throws IOException {
        List<String> rows = new ArrayList<>();
        rows.add("| " + database + " | cards | build through API | add card | edit card | move card | score | owner "
                + "| map page | priorities page | map JSON (floor) | page ÷ floor | SQL per map page |");
        rows.add("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (int size : sizes()) {
            StatementCounter counter = new StatementCounter();
            try (RunningServer server = RunningServer.start(fresh.get(), dir, counter::wrap)) {
                rows.add(measure(server, counter, database, size));
            }
        }
        report(rows);
    }

    private String measure(RunningServer server, StatementCounter counter, String database, int size) {
        long start = System.nanoTime();
        Board board = build(server, size);
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        long mapId = board.mapId;
        String cards = API + "/maps/" + mapId + "/cards";
        long lane = board.lane("thoughts");
        long stage = board.stages.get(0);
        long pain = board.pain.get(board.pain.size() / 2);
        double add = median(() -> board.write(server.post(cards, "{\"version\":" + board.version + ",\"laneId\":" + lane
                + ",\"stageId\":" + stage + ",\"text\":\"Added\"}")));
        long edited = board.last;
        double edit = median(() -> board.write(server.put(cards + "/" + edited, "{\"version\":" + board.version
                + ",\"text\":\"Edited " + System.nanoTime() + "\"}")));
        int[] flip = {0};
        double move = median(() -> board.write(server.post(cards + "/" + edited + "/move", "{\"version\":" + board.version
                + ",\"laneId\":" + lane + ",\"stageId\":" + board.stages.get(1 + (flip[0]++ % 2)) + ",\"index\":0}")));
        int[] score = {0};
        double scoreWrite = median(() -> board.write(server.put(API + "/maps/" + mapId + "/triage/" + pain,
                "{\"version\":" + board.version + ",\"impact\":" + (1 + score[0] % 5) + ",\"feasibility\":" + (1 + score[0]++ % 4) + "}")));
        String owner = LocalUser.ACTOR.userKey();
        double ownerWrite = median(() -> board.write(server.put(API + "/maps/" + mapId + "/triage/" + pain + "/owner",
                "{\"version\":" + board.version + ",\"owner\":\"" + (score[0]++ % 2 == 0 ? owner : "") + "\"}")));
        Timed page = view(server, PAGES + "/map/" + mapId, "text/html");
        Timed priorities = view(server, PAGES + "/map/" + mapId + "/priorities", "text/html");
        Timed json = view(server, API + "/maps/" + mapId, "application/json");
        counter.reset();
        assertThat(server.get(PAGES + "/map/" + mapId).status()).isEqualTo(200);
        int statements = counter.count();
        return String.format("| %s | %,d | %.1f s | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %s | %s | %s | %.1f× | %d |",
                database, size, buildSeconds, add, edit, move, scoreWrite, ownerWrite, page, priorities, json,
                page.millis / json.millis, statements);
    }

    /** A current-state map with 12 stages and {@code size} text cards spread over its text lanes, 40 % of them pain
     * points and opportunities, built one REST call per card as a user's browser would. */
    private Board build(RunningServer server, int size) {
        JsonNode map = server.post(API + "/maps", "{\"projectKey\":\"BENCH\",\"title\":\"Scale " + size
                + "\",\"type\":\"current-state\"}").json();
        Board board = new Board(map.get("id").asLong(), map.get("version").asLong());
        for (JsonNode lane : map.get("lanes")) {
            board.laneIds.add(lane.get("id").asLong());
            board.laneKinds.add(lane.get("kind").asText());
        }
        for (JsonNode stage : map.get("stages")) {
            board.stages.add(stage.get("id").asLong());
        }
        while (board.stages.size() < STAGES) {
            RunningServer.Reply reply = server.post(API + "/maps/" + board.mapId + "/stages",
                    "{\"version\":" + board.version + ",\"name\":\"Stage " + board.stages.size() + "\"}");
            board.write(reply);
            board.stages.add(board.last);
        }
        for (int i = 0; i < size; i++) {
            String kind = TEXT_LANES[i % TEXT_LANES.length];
            long stage = board.stages.get((i / TEXT_LANES.length) % STAGES);
            board.write(server.post(API + "/maps/" + board.mapId + "/cards", "{\"version\":" + board.version
                    + ",\"laneId\":" + board.lane(kind) + ",\"stageId\":" + stage + ",\"text\":\"Card " + i + "\"}"));
            if (kind.equals("pain-points") || kind.equals("opportunities")) {
                board.pain.add(board.last);
            }
        }
        return board;
    }

    private static Timed view(RunningServer server, String path, String type) {
        int[] bytes = {0};
        double millis = median(() -> {
            RunningServer.Reply reply = server.get(path);
            assertThat(reply.status()).as(path).isEqualTo(200);
            bytes[0] = reply.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        });
        return new Timed(millis, bytes[0]);
    }

    private static double median(Runnable call) {
        call.run(); // warm-up
        double[] millis = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            long start = System.nanoTime();
            call.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[SAMPLES / 2];
    }

    private static int[] sizes() {
        return Arrays.stream(System.getProperty("bench.sizes", "100,2000").split(",")).map(String::trim)
                .mapToInt(Integer::parseInt).toArray();
    }

    private static void report(List<String> rows) throws IOException {
        Files.createDirectories(OUT.getParent());
        String table = String.join("\n", rows) + "\n\n";
        System.out.print(table);
        Files.writeString(OUT, table, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private record Timed(double millis, int bytes) {
        @Override
        public String toString() {
            return String.format("%.1f ms, %,d KB", millis, Math.round(bytes / 1024.0));
        }
    }

    /** The map as the benchmark's client knows it: ids, and the version its next write quotes. */
    private static final class Board {
        final long mapId;
        long version;
        long last;
        final List<Long> laneIds = new ArrayList<>();
        final List<String> laneKinds = new ArrayList<>();
        final List<Long> stages = new ArrayList<>();
        final List<Long> pain = new ArrayList<>();

        Board(long mapId, long version) {
            this.mapId = mapId;
            this.version = version;
        }

        long lane(String kind) {
            return laneIds.get(laneKinds.indexOf(kind));
        }

        /** Takes a write's answer: must be a success; remembers the new version and the id of what it made. */
        void write(RunningServer.Reply reply) {
            assertThat(reply.status()).as(reply.body()).isBetween(200, 201);
            JsonNode json = reply.json();
            version = json.get("version").asLong();
            for (String part : new String[] {"card", "stage"}) {
                if (json.has(part) && json.get(part).has("id")) {
                    last = json.get(part).get("id").asLong();
                }
            }
            if (json.has("id")) {
                last = json.get("id").asLong();
            }
        }
    }
}

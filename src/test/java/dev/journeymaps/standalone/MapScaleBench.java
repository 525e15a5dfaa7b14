package dev.journeymaps.standalone;

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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static dev.journeymaps.standalone.BenchMaps.API;
import static dev.journeymaps.standalone.BenchMaps.PAGES;
import static dev.journeymaps.standalone.BenchMaps.median;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scale benchmark of BENCHMARKS.md: maps of growing size built through the real HTTP API of the standalone server
 * ({@link BenchMaps}), on H2 and on PostgreSQL, then single writes and page views timed over HTTP (medians of
 * {@code bench.samples}), the JSON floor in the same run (the map JSON plus the map's status JSON: the board and the
 * linked work the page shows), the SQL statements of one map page, and 20 concurrent readers
 * of the map page. Not a test: it runs only in the {@code bench} profile ({@code mvn -Pbench verify}) and asserts nothing
 * about time — only that every request succeeded. Figures go to stdout and {@code target/bench/map-scale.md}.
 * Sizes: {@code -Dbench.sizes=100,2000,5000,2000+5000} (cards, or cards + linked issues; default 100,2000);
 * {@code -Dbench.db=h2} or {@code postgres} runs one database only.
 */
class MapScaleBench {
    private static final int READERS = 20;
    private static final int READS_PER_READER = Integer.getInteger("bench.reads", 5);
    private static final Path OUT = Path.of("target/bench/map-scale.md");

    @Test
    void h2(@TempDir Path dir) throws IOException {
        if (!System.getProperty("bench.db", "h2").contains("h2") && System.getProperty("bench.db") != null) {
            return;
        }
        run("H2", () -> DatabaseConfig.h2File(dir.resolve("db" + System.nanoTime())), dir);
    }

    @Test
    void postgres(@TempDir Path dir) throws IOException {
        if (!System.getProperty("bench.db", "postgres").contains("postgres")) {
            return;
        }
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
                + "| map page | priorities page | floor: map JSON + status JSON | page ÷ floor | SQL per map page | 20 readers, map page |");
        rows.add("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        // Warm the JVM first (a 300-card map, measured and thrown away), so the first size is not timed while the JIT
        // compiles the server: otherwise the smallest map looks slowest.
        try (RunningServer server = RunningServer.start(fresh.get(), dir, dataSource -> dataSource)) {
            measure(server, new StatementCounter(), database, new BenchMaps.Size(300, 0));
        }
        for (BenchMaps.Size size : BenchMaps.Size.fromProperty("100,2000")) {
            StatementCounter counter = new StatementCounter();
            try (RunningServer server = RunningServer.start(fresh.get(), dir, counter::wrap)) {
                rows.add(measure(server, counter, database, size));
            }
            System.out.println(rows.get(rows.size() - 1));
        }
        report(String.format("Load average at the end: %s%n%n", loadAverage()), rows);
    }

    private String measure(RunningServer server, StatementCounter counter, String database, BenchMaps.Size size) {
        long start = System.nanoTime();
        BenchMaps.Board board = BenchMaps.build(server, size);
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
        // The floor is the data the page shows, written by Jackson: the board (map JSON) and its linked work's status
        // (issue keys, summaries, statuses, card action states and progress), each a REST read of its own.
        Timed json = view(server, API + "/maps/" + mapId, "application/json");
        Timed status = view(server, API + "/maps/" + mapId + "/status", "application/json");
        Timed floor = new Timed(json.millis + status.millis, json.bytes + status.bytes);
        counter.reset();
        assertThat(server.get(PAGES + "/map/" + mapId).status()).isEqualTo(200);
        int statements = counter.count();
        return String.format("| %s | %s | %.1f s | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %s | %s | %s | %.1f× | %d | %s |",
                database, board.cards == size.cards() ? size : String.format("%,d%s (+%d added)", board.cards,
                        size.links() > 0 ? String.format(" + %,d links", size.links()) : "", BenchMaps.SAMPLES + 1), buildSeconds, add, edit, move, scoreWrite, ownerWrite, page, priorities, floor,
                page.millis / floor.millis, statements, readers(server, PAGES + "/map/" + mapId));
    }

    /** {@value #READERS} threads reading the page {@code bench.reads} times each: throughput, 99th percentile, errors. */
    private static String readers(RunningServer server, String path) {
        ExecutorService pool = Executors.newFixedThreadPool(READERS);
        AtomicInteger errors = new AtomicInteger();
        List<Double> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        try {
            List<Future<?>> all = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                all.add(pool.submit(() -> {
                    for (int i = 0; i < READS_PER_READER; i++) {
                        long t = System.nanoTime();
                        try {
                            if (server.get(path).status() != 200) {
                                errors.incrementAndGet();
                            }
                        } catch (RuntimeException e) {
                            errors.incrementAndGet();
                        }
                        latencies.add((System.nanoTime() - t) / 1e6);
                    }
                }));
            }
            for (Future<?> f : all) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double p99 = sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.99) - 1)];
        return String.format("%.1f req/s, p99 %.0f ms, %d errors", sorted.length / seconds, p99, errors.get());
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

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    static void report(String note, List<String> rows) throws IOException {
        Files.createDirectories(OUT.getParent());
        String table = String.join("\n", rows) + "\n\n" + note;
        System.out.print(table);
        Files.writeString(OUT, table, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private record Timed(double millis, int bytes) {
        @Override
        public String toString() {
            return String.format("%.1f ms, %,d KB", millis, Math.round(bytes / 1024.0));
        }
    }
}

package dev.journeymaps.standalone.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.journeymaps.standalone.StandaloneServer;
import dev.journeymaps.standalone.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark (bench profile only, BENCHMARKS.md): the exports of a map of {@code bench.export.cards} cards (default
 * 2,000; 12 stages, pain points and opportunities scored, every tenth one linked), timed over HTTP as medians of
 * {@code bench.samples} after one warm-up. The map is brought in through the import endpoint (one request), not card
 * by card. Asserts only that every export succeeded.
 */
class ExportBench {
    private static final int SAMPLES = Integer.getInteger("bench.samples", 7);
    private static final int CARDS = Integer.getInteger("bench.export.cards", 2000);
    private static final String[] LANES = {"touchpoints", "actions", "thoughts", "emotions", "pain-points", "opportunities"};
    private static final Path OUT = Path.of("target/bench/exports.md");

    @Test
    void exportsOfALargeMap(@TempDir Path dir) throws IOException {
        try (StandaloneServer server = TestServers.h2(dir, false)) {
            Http http = new Http(server);
            Http.Reply imported = http.post("/projects/BENCH/import", document().toString());
            assertThat(imported.status()).as(imported.text()).isEqualTo(200);
            long mapId = imported.json().get("maps").get(0).get("mapId").asLong();
            String base = "/maps/" + mapId + "/export/";
            List<String> rows = new ArrayList<>();
            rows.add("| export (" + String.format("%,d", CARDS) + " cards, H2) | median | size |");
            rows.add("|---|---|---|");
            // PNG only up to 500 cards: Batik takes over a minute to rasterise the 2,000-card board (BENCHMARKS.md)
            List<String> exports = CARDS <= 500 ? List.of("svg", "pdf", "png", "png?width=2000", "priorities.csv", "cards.csv", "evidence.csv", "json")
                    : List.of("svg", "pdf", "priorities.csv", "cards.csv", "evidence.csv", "json");
            for (String export : exports) {
                int[] bytes = {0};
                double millis = median(() -> {
                    Http.Reply reply = http.get(base + export);
                    assertThat(reply.status()).as(export + ": " + reply.text()).isEqualTo(200);
                    bytes[0] = reply.body().length;
                });
                rows.add(String.format("| %s | %.0f ms | %,d KB |", export, millis, bytes[0] / 1024));
                System.out.println(rows.get(rows.size() - 1));
            }
            rows.add(String.format("%nLoad average (1 min) at the end: %.1f on %d cores.",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors()));
            String table = String.join("\n", rows) + "\n\n";
            System.out.print(table);
            Files.createDirectories(OUT.getParent());
            Files.writeString(OUT, table, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    private static ObjectNode document() {
        ObjectNode doc = Http.JSON.createObjectNode().put("schemaVersion", 1).put("kind", "project").put("projectKey", "SRC");
        doc.putArray("personas");
        ObjectNode map = doc.putArray("maps").addObject().put("title", "Scale " + CARDS).put("type", "current-state")
                .put("owner", "").put("scoringMethod", "impact-feasibility");
        ArrayNode stages = map.putArray("stages");
        for (int i = 0; i < 12; i++) {
            stages.add("Stage " + (i + 1));
        }
        ArrayNode lanes = map.putArray("lanes");
        Arrays.stream(LANES).forEach(kind -> lanes.addObject().put("kind", kind).put("title", kind).put("hidden", false));
        ArrayNode cards = map.putArray("cards");
        for (int stage = 0; stage < 12; stage++) {
            for (int i = stage; i < CARDS; i += 12) {
                int lane = i % LANES.length;
                ObjectNode card = cards.addObject().put("stage", stage).put("lane", lane)
                        .put("text", "Card " + i + ": customers wait for the admin to finish setting things up").put("owner", "");
                if (LANES[lane].equals("emotions")) {
                    card.put("emotion", i % 7 - 3);
                }
                if (LANES[lane].equals("pain-points") || LANES[lane].equals("opportunities")) {
                    card.putObject("scores").put("impact", 1 + i % 5).put("feasibility", 1 + i % 4);
                    card.putArray("evidence").addObject().put("type", "interview").put("quantitative", false).put("quote", "Quote " + i);
                    ArrayNode links = card.putArray("links");
                    if (i % 10 == 4) {
                        links.addObject().put("issueId", 20000 + i).put("issueKey", "SRC-" + i);
                    }
                }
            }
        }
        return doc;
    }

    private static double median(Runnable call) {
        call.run();
        double[] millis = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            long start = System.nanoTime();
            call.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[SAMPLES / 2];
    }
}

package dev.journeymaps.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A card move costs what it changes (issue 14, sparse card positions): over real HTTP, moving a card into the middle
 * of a cell, within or from another cell, and adding one at an index, write ONE card row and execute the same
 * statements whether the cell holds 3 cards or 300; the only thing that grows with the cell is its order, read once
 * inside the change (one row per card of the target cell, asked for as ids and sort keys), and no whole-map table is read.
 */
class CardMoveStatementsTest extends CountedServerTest {
    private static final int BIG = 300;

    @Override
    @BeforeAll
    void start(@TempDir Path dataDir) {
        super.start(dataDir);
        try {
            server.get(API + "/users?query=dana");
        } catch (java.io.UncheckedIOException slowFirstRequest) {
            // The first request initialises the REST stack; on a loaded machine it may outlast the client's 20 s.
            server.get(API + "/users?query=dana");
        }
    }

    @Test
    void aMoveIntoTheMiddleOfACellWritesOneCardRowWhateverTheSizeOfTheCell() {
        Map<String, Cost> small = moves(new CellMap(3));
        Map<String, Cost> big = moves(new CellMap(BIG));

        small.forEach((write, cost) -> System.out.printf("%-34s 3-card cell: %2d statements, %3d rows | %d-card cell: %2d statements, %3d rows%n",
                write, cost.statements(), cost.rows(), BIG, big.get(write).statements(), big.get(write).rows()));
        small.forEach((write, cost) -> {
            Cost large = big.get(write);
            assertThat(large.statements()).as(write + ": " + large.sql()).isEqualTo(cost.statements());
            assertThat(large.cardRowWrites()).as(write + " writes one card row: " + large.sql()).isEqualTo(1);
            assertThat(cost.cardRowWrites()).as(write + " writes one card row: " + cost.sql()).isEqualTo(1);
            assertThat(large.rows() - cost.rows()).as(write + ": only the cell's order grows with the cell: " + large.sql())
                    .isEqualTo(BIG - 3);
            // (an add's cards-per-map limit check, SELECT COUNT(*) … WHERE MAP_ID = ?, returns one row: not a read of the table)
            assertThat(large.sql()).as(write + " reads no whole-map table of cards, evidence, links or triage").noneSatisfy(sql ->
                    assertThat(sql.toUpperCase(Locale.ROOT).replaceAll("\\s+", " "))
                            .matches("SELECT (?!COUNT\\().* FROM \\S*(CARD|EVIDENCE|LINK|TRIAGE)\\S* WHERE \\W?MAP_ID\\W? = \\? ?"));
        });
    }

    /** The same writes into the middle of the map's big cell, each measured alone. */
    private Map<String, Cost> moves(CellMap map) {
        Map<String, Cost> costs = new LinkedHashMap<>();
        String cards = API + "/maps/" + map.id + "/cards/";
        long last = map.cell.get(map.cell.size() - 1);
        costs.put("move within the cell to its middle", map.measure(() -> server.post(cards + last + "/move",
                map.body("\"laneId\":" + map.pain + ",\"stageId\":" + map.stage + ",\"index\":1"))));
        costs.put("move from another cell to its middle", map.measure(() -> server.post(cards + map.outside + "/move",
                map.body("\"laneId\":" + map.pain + ",\"stageId\":" + map.stage + ",\"index\":2"))));
        costs.put("add a card at an index", map.measure(() -> server.post(API + "/maps/" + map.id + "/cards",
                map.body("\"laneId\":" + map.pain + ",\"stageId\":" + map.stage + ",\"index\":1,\"text\":\"Inserted\""))));
        return costs;
    }

    private record Cost(int statements, int rows, List<String> sql) {
        /** UPDATEs and INSERTs of the card table (its revision and audit rows are other tables). */
        long cardRowWrites() {
            return sql.stream().filter(s -> s != null && s.toUpperCase(Locale.ROOT).matches("(?s)\\s*(UPDATE|INSERT INTO)\\s+\\S*_CARD\\W.*")).count();
        }
    }

    /** A map with {@code size} pain points in its first stage, and one more in its second (to be moved in). */
    private final class CellMap {
        final long id;
        final long pain;
        final long stage;
        final long outside;
        final List<Long> cell = new ArrayList<>();
        long version;
        JsonNode last;

        CellMap(int size) {
            JsonNode map = server.post(API + "/maps", "{\"projectKey\":\"MOVE\",\"title\":\"Cell of " + size
                    + "\",\"type\":\"current-state\"}").json();
            id = map.get("id").asLong();
            version = map.get("version").asLong();
            long painLane = 0;
            for (JsonNode lane : map.get("lanes")) {
                painLane = lane.get("kind").asText().equals("pain-points") ? lane.get("id").asLong() : painLane;
            }
            pain = painLane;
            stage = map.get("stages").get(0).get("id").asLong();
            for (int i = 0; i < size; i++) {
                cell.add(card(stage, "Card " + i));
            }
            outside = card(map.get("stages").get(1).get("id").asLong(), "Outside");
        }

        private long card(long inStage, String text) {
            return ok(server.post(API + "/maps/" + id + "/cards", body("\"laneId\":" + pain + ",\"stageId\":" + inStage
                    + ",\"text\":\"" + text + "\""))).get("card").get("id").asLong();
        }

        String body(String fields) {
            return "{\"version\":" + version + "," + fields + "}";
        }

        Cost measure(java.util.function.Supplier<RunningServer.Reply> write) {
            counter.reset();
            ok(write.get());
            return new Cost(counter.count(), counter.rowsRead(), counter.statements());
        }

        private JsonNode ok(RunningServer.Reply reply) {
            assertThat(reply.status()).as(reply.body()).isBetween(200, 201);
            last = reply.json();
            version = last.get("version").asLong();
            return last;
        }
    }
}

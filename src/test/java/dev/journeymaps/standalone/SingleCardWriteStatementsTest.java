package dev.journeymaps.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A one-card write reads no whole-map table: over real HTTP, every kind of card write (edit, move, add, delete,
 * evidence, score, owner, link) executes the same statements and reads the same rows on a map of 5 cards as on one
 * of 5 cards plus 300 others (with their own evidence, scores and linked issues) — whatever the others are.
 */
class SingleCardWriteStatementsTest extends CountedServerTest {
    private static final int FILLER = 300;

    @Test
    void aSingleCardWriteReadsNoWholeMapTable() {
        String dana = server.get(API + "/users?query=dana").json().get(0).get("key").asText();
        Map<String, Cost> small = writes(new TestMap(0), dana);
        Map<String, Cost> large = writes(new TestMap(FILLER), dana);

        small.forEach((write, cost) -> System.out.printf("%-26s 5 cards: %2d statements, %3d rows | %d cards: %2d statements, %3d rows%n",
                write, cost.statements(), cost.rows(), 5 + FILLER, large.get(write).statements(), large.get(write).rows()));
        small.forEach((write, cost) -> {
            Cost big = large.get(write);
            assertThat(big.rows()).as(write + " reads only its own rows: " + big.sql()).isEqualTo(cost.rows()).isLessThan(FILLER / 4);
            assertThat(big.statements()).as(write + ": " + big.sql()).isEqualTo(cost.statements());
        });
    }

    /** The same sequence of one-card writes on a map, each measured alone. */
    private Map<String, Cost> writes(TestMap map, String owner) {
        Map<String, Cost> costs = new LinkedHashMap<>();
        String cards = API + "/maps/" + map.id + "/cards";
        String target = cards + "/" + map.target;
        costs.put("edit card", map.measure(() -> server.put(target, map.body("\"text\":\"Target, edited\""))));
        costs.put("move card within its cell", map.measure(() -> server.post(target + "/move",
                map.body("\"laneId\":" + map.pain + ",\"stageId\":" + map.stages.get(0) + ",\"index\":2"))));
        costs.put("move card to another cell", map.measure(() -> server.post(target + "/move",
                map.body("\"laneId\":" + map.pain + ",\"stageId\":" + map.stages.get(1) + ",\"index\":0"))));
        costs.put("add card", map.measure(() -> server.post(cards,
                map.body("\"laneId\":" + map.pain + ",\"stageId\":" + map.stages.get(1) + ",\"text\":\"Added\""))));
        long added = map.last.get("card").get("id").asLong();
        costs.put("add evidence", map.measure(() -> server.post(target + "/evidence",
                map.body("\"type\":\"interview\",\"quantitative\":true,\"customersAffected\":12,\"quote\":\"Slow\""))));
        long evidence = map.last.get("evidence").get("id").asLong();
        costs.put("edit evidence", map.measure(() -> server.put(target + "/evidence/" + evidence,
                map.body("\"type\":\"survey\",\"quantitative\":true,\"customersAffected\":20"))));
        costs.put("score", map.measure(() -> server.put(API + "/maps/" + map.id + "/triage/" + map.target,
                map.body("\"impact\":4,\"feasibility\":2"))));
        costs.put("owner", map.measure(() -> server.put(API + "/maps/" + map.id + "/triage/" + map.target + "/owner",
                map.body("\"owner\":\"" + owner + "\""))));
        costs.put("create and link an issue", map.measure(() -> server.post(target + "/issues", map.body("\"issueType\":\"Story\""))));
        costs.put("delete card", map.measure(() -> server.delete(cards + "/" + added + "?version=" + map.version)));
        return costs;
    }

    private record Cost(int statements, int rows, List<String> sql) {
    }

    /**
     * A map whose written cells look the same whatever its size: pain points "Target", "A", "B" in the first stage and
     * "C" in the second; {@code filler} more cards elsewhere, a tenth of them pain points with a score, evidence and
     * a linked issue.
     */
    private final class TestMap {
        final long id;
        final long pain;
        final List<Long> stages = new ArrayList<>();
        final long target;
        long version;
        JsonNode last;

        TestMap(int filler) {
            JsonNode map = server.post(API + "/maps", "{\"projectKey\":\"WRITE\",\"title\":\"Map of " + filler
                    + "\",\"type\":\"current-state\"}").json();
            id = map.get("id").asLong();
            version = map.get("version").asLong();
            long pain = 0;
            long other = 0;
            for (JsonNode lane : map.get("lanes")) {
                String kind = lane.get("kind").asText();
                pain = kind.equals("pain-points") ? lane.get("id").asLong() : pain;
                other = kind.equals("touchpoints") ? lane.get("id").asLong() : other;
            }
            this.pain = pain;
            map.get("stages").forEach(stage -> stages.add(stage.get("id").asLong()));
            target = card(pain, stages.get(0), "Target");
            card(pain, stages.get(0), "A");
            card(pain, stages.get(0), "B");
            card(pain, stages.get(1), "C");
            for (int i = 0; i < filler; i++) {
                long stage = stages.get(2 + i % (stages.size() - 2));
                if (i % 10 == 0) {
                    long painPoint = card(pain, stage, "Filler pain " + i);
                    String path = API + "/maps/" + id + "/cards/" + painPoint;
                    ok(server.post(path + "/evidence", body("\"type\":\"analytics\",\"quantitative\":true,\"customersAffected\":" + i)));
                    ok(server.put(API + "/maps/" + id + "/triage/" + painPoint, body("\"impact\":3,\"feasibility\":3")));
                    ok(server.post(path + "/issues", body("\"issueType\":\"Story\"")));
                } else {
                    card(other, stage, "Filler " + i);
                }
            }
        }

        private long card(long lane, long stage, String text) {
            return ok(server.post(API + "/maps/" + id + "/cards", body("\"laneId\":" + lane + ",\"stageId\":" + stage
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

        /** Asserts success and moves to the version the write answered with. */
        private JsonNode ok(RunningServer.Reply reply) {
            assertThat(reply.status()).as(reply.body()).isBetween(200, 201);
            last = reply.json();
            version = last.get("version").asLong();
            return last;
        }
    }
}

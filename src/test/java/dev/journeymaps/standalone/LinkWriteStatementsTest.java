package dev.journeymaps.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A link write costs what it changes (issue 14, point 1): linking an issue by key, linking it again (already linked),
 * and unlinking it execute the same statements and read the same rows on a card that links nothing, on a map that links
 * nothing else, as on a card that already links {@value #CARD_LINKS} issues on a map of {@value #OTHER_CARDS} more
 * linked cards. (Building a map of 5,000 links one link at a time was quadratic while each link read the card's links
 * and each unlink the map's.)
 */
class LinkWriteStatementsTest extends CountedServerTest {
    private static final int CARD_LINKS = 30;
    private static final int OTHER_CARDS = 10;

    @Test
    void aLinkOrUnlinkReadsNeitherTheCardsNorTheMapsOtherLinks() {
        writes(new LinkedCard(0, 0)); // once unmeasured, so the issue cache holds DEMO-12 in both measured runs
        Map<String, Cost> bare = writes(new LinkedCard(0, 0));
        Map<String, Cost> busy = writes(new LinkedCard(CARD_LINKS, OTHER_CARDS));

        bare.forEach((write, cost) -> System.out.printf("%-22s bare card: %2d statements, %2d rows | %d links on the card, "
                        + "%d on the map: %2d statements, %2d rows%n", write, cost.statements(), cost.rows(), CARD_LINKS,
                CARD_LINKS * (1 + OTHER_CARDS), busy.get(write).statements(), busy.get(write).rows()));
        assertThat(busy.keySet()).containsExactly("link by key", "link again", "unlink");
        bare.forEach((write, cost) -> {
            Cost big = busy.get(write);
            assertThat(big.rows()).as(write + " reads only its own rows: " + big.sql()).isEqualTo(cost.rows()).isLessThan(CARD_LINKS);
            assertThat(big.statements()).as(write + ": " + big.sql()).isEqualTo(cost.statements());
        });
    }

    /** Link DEMO-12 (an issue of the offline tracker) by key, once more, then unlink it; each measured alone. */
    private Map<String, Cost> writes(LinkedCard card) {
        Map<String, Cost> costs = new LinkedHashMap<>();
        String links = API + "/maps/" + card.mapId + "/cards/" + card.target + "/links";
        costs.put("link by key", card.measure(201, () -> server.post(links, card.body("\"issueKey\":\"DEMO-12\""))));
        long issueId = card.last.get("link").get("issueId").asLong();
        costs.put("link again", card.measure(200, () -> server.post(links, card.body("\"issueKey\":\"DEMO-12\""))));
        costs.put("unlink", card.measure(200, () -> server.delete(links + "/" + issueId + "?version=" + card.version)));
        String after = server.get(API + "/maps/" + card.mapId + "/status").body();
        assertThat(after).as("the unlinked issue is gone from the map").doesNotContain("DEMO-12");
        return costs;
    }

    private record Cost(int statements, int rows, List<String> sql) {
    }

    /** A pain point linked to {@code cardLinks} new issues, on a map with {@code otherCards} more pain points as linked. */
    private final class LinkedCard {
        final long mapId;
        final long target;
        long version;
        JsonNode last;

        LinkedCard(int cardLinks, int otherCards) {
            JsonNode map = server.post(API + "/maps", "{\"projectKey\":\"WRITE\",\"title\":\"Links " + cardLinks
                    + "\",\"type\":\"current-state\"}").json();
            mapId = map.get("id").asLong();
            version = map.get("version").asLong();
            long pain = 0;
            for (JsonNode lane : map.get("lanes")) {
                pain = lane.get("kind").asText().equals("pain-points") ? lane.get("id").asLong() : pain;
            }
            long stage = map.get("stages").get(0).get("id").asLong();
            target = painPoint(pain, stage, "Target", cardLinks);
            for (int i = 0; i < otherCards; i++) {
                painPoint(pain, stage, "Other " + i, cardLinks);
            }
        }

        private long painPoint(long lane, long stage, String text, int links) {
            long card = ok(201, server.post(API + "/maps/" + mapId + "/cards", body("\"laneId\":" + lane + ",\"stageId\":"
                    + stage + ",\"text\":\"" + text + "\""))).get("card").get("id").asLong();
            for (int i = 0; i < links; i++) {
                ok(201, server.post(API + "/maps/" + mapId + "/cards/" + card + "/issues",
                        body("\"issueType\":\"Story\",\"summary\":\"" + text + ", part " + i + "\"")));
            }
            return card;
        }

        String body(String fields) {
            return "{\"version\":" + version + "," + fields + "}";
        }

        Cost measure(int status, java.util.function.Supplier<RunningServer.Reply> write) {
            counter.reset();
            ok(status, write.get());
            return new Cost(counter.count(), counter.rowsRead(), counter.statements());
        }

        /** Asserts the status and moves to the version the write answered with. */
        private JsonNode ok(int status, RunningServer.Reply reply) {
            assertThat(reply.status()).as(reply.body()).isEqualTo(status);
            last = reply.json();
            version = last.get("version").asLong();
            return last;
        }
    }
}

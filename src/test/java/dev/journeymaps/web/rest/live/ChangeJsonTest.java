package dev.journeymaps.web.rest.live;

import com.fasterxml.jackson.databind.JsonNode;
import dev.journeymaps.app.live.MapChange;
import dev.journeymaps.web.rest.RestJson;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a revision's TOUCHED column becomes in the live channel's JSON: the tokens, the card ids, and whether the page may
 * apply the change card by card. The fields an older page reads stay as they were (additive).
 */
class ChangeJsonTest {
    private static final Instant AT = Instant.parse("2026-12-01T21:00:00Z");

    private static JsonNode json(String touchedColumn) {
        MapChange change = new MapChange(59, "alice", AT, "card.moved", "Buy", "Moved 'Slow refunds'",
                MapChange.touchedOf(touchedColumn));
        return RestJson.mapper().valueToTree(LiveResource.ChangeJson.of(change));
    }

    @Test
    void aCardMoveNamesItsCardAndIsCardsOnly() {
        JsonNode change = json("c12 p3.4 p3.5");

        assertThat(change.get("touched")).extracting(JsonNode::asText).containsExactly("c12", "p3.4", "p3.5");
        assertThat(change.get("cards")).extracting(JsonNode::asLong).containsExactly(12L);
        assertThat(change.get("cardsOnly").asBoolean()).isTrue();
        assertThat(change.get("version").asLong()).isEqualTo(59);
        assertThat(change.get("author").asText()).isEqualTo("alice");
        assertThat(change.get("at").asText()).isEqualTo("2026-12-01T21:00:00Z");
        assertThat(change.get("summary").asText()).isEqualTo("Moved 'Slow refunds'");
    }

    @Test
    void aCardAddedToACellAndTwoCardsAreCardsOnly() {
        assertThat(json("c40 p1.2").get("cards")).extracting(JsonNode::asLong).containsExactly(40L);
        assertThat(json("c7 c9").get("cards")).extracting(JsonNode::asLong).containsExactly(7L, 9L);
        assertThat(json("c7 c9").get("cardsOnly").asBoolean()).isTrue();
    }

    @Test
    void theWholeMapAStageOrALaneIsNotCardsOnly() {
        for (String structural : new String[]{"*", "s7", "l3", "c12 s7", "c12 l3"}) {
            assertThat(json(structural).get("cardsOnly").asBoolean()).as(structural).isFalse();
        }
        assertThat(json("c12 s7").get("cards")).extracting(JsonNode::asLong).containsExactly(12L);
        assertThat(json("*").get("cards")).isEmpty();
    }

    @Test
    void aRowFromBeforeTheColumnOrABlankOneIsTheWholeMap() {
        for (String unknown : new String[]{null, "", "   "}) {
            JsonNode change = json(unknown);
            assertThat(change.get("touched")).extracting(JsonNode::asText).containsExactly("*");
            assertThat(change.get("cardsOnly").asBoolean()).isFalse();
        }
        MapChange old = new MapChange(3, "bob", AT, "card.added", "", "");
        assertThat(old.touched()).containsExactly("*");
        assertThat(old.cardsOnly()).isFalse();
    }

    @Test
    void anUnknownOrMalformedTokenIsNotCardsOnlyAndNamesNoCard() {
        for (String odd : new String[]{"x5", "c", "cX", "p3", "c12 q1"}) {
            assertThat(json(odd).get("cardsOnly").asBoolean()).as(odd).isFalse();
        }
        assertThat(json("c cX c99999999999999999999").get("cards")).isEmpty();
    }
}

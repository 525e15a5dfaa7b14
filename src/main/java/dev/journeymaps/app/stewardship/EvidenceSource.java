package dev.journeymaps.app.stewardship;

import dev.journeymaps.domain.board.EvidenceStrength;
import dev.journeymaps.domain.board.MapBoard;

import java.util.Map;

/**
 * Port: the evidence behind each card of a board, by card id, in a fixed number of queries.
 * {@link #onBoard()} reads it from the board, which loads evidence with the map; {@link #none()} makes
 * every card an assumption (for tests of scoring without evidence).
 */
@FunctionalInterface
public interface EvidenceSource {
    Map<Long, EvidenceStrength> evidence(MapBoard board);

    /** The evidence the board already carries: no extra query. */
    static EvidenceSource onBoard() {
        return board -> board.cards().stream().filter(board::isActionable).collect(java.util.stream.Collectors.toMap(
                dev.journeymaps.domain.board.Card::id, card -> EvidenceStrength.of(board.evidenceFor(card.id()))));
    }

    static EvidenceSource none() {
        return board -> Map.of();
    }
}

package dev.journeymaps.app.stewardship;

import dev.journeymaps.domain.work.LinkedWork;
import dev.journeymaps.domain.board.MapBoard;

import java.util.Map;

/**
 * Port (seam): the Jira work linked to each card of a board, rolled up, by card id, from the issue cache
 * (never a Jira call per issue). Links are being built on the links branch; until they are wired in,
 * {@link #none()} leaves every card unlinked.
 */
@FunctionalInterface
public interface LinkedWorkSource {
    Map<Long, LinkedWork> linkedWork(MapBoard board);

    /** The work linked to one card; a source over the database reads only that card's links. */
    default LinkedWork linkedWorkOf(MapBoard board, long cardId) {
        return linkedWork(board).getOrDefault(cardId, LinkedWork.NONE);
    }

    static LinkedWorkSource none() {
        return board -> Map.of();
    }
}

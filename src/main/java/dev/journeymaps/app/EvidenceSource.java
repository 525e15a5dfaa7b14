package dev.journeymaps.app;

import dev.journeymaps.domain.EvidenceStrength;
import dev.journeymaps.domain.MapBoard;

import java.util.Map;

/**
 * Port (seam): the evidence behind each card of a board, by card id, in a fixed number of queries.
 * Evidence is being built on the editor branch; until it is wired in, {@link #none()} makes every card
 * an assumption.
 */
@FunctionalInterface
public interface EvidenceSource {
    Map<Long, EvidenceStrength> evidence(MapBoard board);

    static EvidenceSource none() {
        return board -> Map.of();
    }
}

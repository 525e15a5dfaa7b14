package dev.journeymaps.app.board;

import dev.journeymaps.domain.board.MapDetails;

/**
 * Port: the writes one versioned change to a map may make. Used only inside
 * {@link MapRepository#change}, which runs them in one transaction with the version check.
 * Inputs are already validated by the domain; implementations only persist.
 */
public interface MapWriter extends StageWriter, LaneWriter, CardWriter, EvidenceWriter {
    void updateMap(MapDetails details);

    /** Archives the map (read-only, out of the project's active list and roll-ups) or restores it. */
    void setArchived(boolean archived);

    /** The version this change commits (the map's next free version, claimed before the change runs). */
    long version();
}

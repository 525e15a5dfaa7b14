package dev.journeymaps.app.board;

import dev.journeymaps.domain.board.Lane;
import dev.journeymaps.domain.board.LaneKind;

/** Port: the writes to a map's lanes. Part of {@link MapWriter}; used only inside {@link MapRepository#change}. */
public interface LaneWriter {
    long insertLane(LaneKind kind, String title, int position);

    void updateLane(Lane lane);

    /** Deletes the lane and every card in it, with their evidence. */
    void deleteLane(long laneId);
}

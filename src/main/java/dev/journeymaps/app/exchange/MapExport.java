package dev.journeymaps.app.exchange;

import dev.journeymaps.app.stewardship.PriorityReport;
import dev.journeymaps.app.work.MapWork;
import dev.journeymaps.domain.board.MapBoard;

/**
 * Everything an export of one map shows, read once: the board with the live status of its linked work (what the map
 * page draws) and its priorities (the ranked action list with owners and scores).
 */
public record MapExport(MapWork work, PriorityReport priorities) {

    public MapBoard board() {
        return work.board();
    }
}

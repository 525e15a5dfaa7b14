package dev.journeymaps.app.work;

import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.work.LinkedWork;
import dev.journeymaps.domain.work.WorkStatus;

import java.util.Map;

/**
 * A map with the live status of its linked work, and how fresh that status is; {@code linkedWork} is the same links
 * and cache rolled up per card for prioritization, so a page reads links and cache once.
 */
public record MapWork(MapBoard board, WorkStatus status, Freshness freshness, Map<Long, LinkedWork> linkedWork) {

    public MapWork {
        linkedWork = Map.copyOf(linkedWork);
    }

    public MapWork(MapBoard board, WorkStatus status, Freshness freshness) {
        this(board, status, freshness, Map.of());
    }
}

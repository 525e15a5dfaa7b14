package dev.journeymaps.app.work;

import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.work.WorkStatus;

/** A map with the live status of its linked work, and how fresh that status is. */
public record MapWork(MapBoard board, WorkStatus status, Freshness freshness) {
}

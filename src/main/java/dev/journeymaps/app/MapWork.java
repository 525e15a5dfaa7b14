package dev.journeymaps.app;

import dev.journeymaps.domain.MapBoard;
import dev.journeymaps.domain.WorkStatus;

/** A map with the live status of its linked work, and how fresh that status is. */
public record MapWork(MapBoard board, WorkStatus status, Freshness freshness) {
}

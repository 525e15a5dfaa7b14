package dev.journeymaps.app;

import dev.journeymaps.domain.MapRollup;

/** One row of a project's map list: the map's id and its work roll-up. */
public record MapWorkSummary(long mapId, MapRollup rollup) {
}

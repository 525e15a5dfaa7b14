package dev.journeymaps.app.work;

import dev.journeymaps.domain.work.MapRollup;

/** One row of a project's map list: the map's id and its work roll-up. */
public record MapWorkSummary(long mapId, MapRollup rollup) {
}

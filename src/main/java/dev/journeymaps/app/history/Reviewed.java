package dev.journeymaps.app.history;

import dev.journeymaps.domain.history.MapReview;
import dev.journeymaps.domain.history.Snapshot;

/** The answer to "Mark reviewed": the map's new review status and the snapshot taken with it. */
public record Reviewed(MapReview review, Snapshot snapshot) {
}

package dev.journeymaps.app;

import dev.journeymaps.domain.MapReview;
import dev.journeymaps.domain.Snapshot;

/** The answer to "Mark reviewed": the map's new review status and the snapshot taken with it. */
public record Reviewed(MapReview review, Snapshot snapshot) {
}

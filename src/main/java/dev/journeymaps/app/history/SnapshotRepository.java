package dev.journeymaps.app.history;

import dev.journeymaps.app.board.MapRepository;
import dev.journeymaps.domain.history.Snapshot;
import dev.journeymaps.domain.history.SnapshotBoard;
import dev.journeymaps.domain.history.SnapshotContent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: stored snapshots of maps. Saving happens inside {@link MapRepository#change}. */
public interface SnapshotRepository {

    /** A snapshot of format 1: the diff view only, not restorable (what imports of old documents store). */
    default long saveSnapshot(long mapId, long mapVersion, Instant at, String by, String label, SnapshotContent content) {
        return saveSnapshot(mapId, mapVersion, at, by, label, content, null);
    }

    /** @param board the whole board to restore from (format 2), or null for a format-1 snapshot */
    long saveSnapshot(long mapId, long mapVersion, Instant at, String by, String label, SnapshotContent content, SnapshotBoard board);

    /** The map's snapshots, newest first, without their content. */
    List<Snapshot> snapshots(long mapId);

    /** One snapshot of this map with its content (and its board when it is of format 2). */
    Optional<Snapshot> snapshot(long mapId, long snapshotId);
}

package dev.journeymaps.app.history;

import dev.journeymaps.app.board.MapRepository;
import dev.journeymaps.domain.history.Snapshot;
import dev.journeymaps.domain.history.SnapshotContent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: stored snapshots of maps. Saving happens inside {@link MapRepository#change}. */
public interface SnapshotRepository {

    long saveSnapshot(long mapId, long mapVersion, Instant at, String by, String label, SnapshotContent content);

    /** The map's snapshots, newest first, without their content. */
    List<Snapshot> snapshots(long mapId);

    /** One snapshot of this map with its content. */
    Optional<Snapshot> snapshot(long mapId, long snapshotId);
}

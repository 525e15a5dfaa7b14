package dev.journeymaps.domain.history;

import dev.journeymaps.domain.Text;
import dev.journeymaps.domain.Violations;
import java.time.Instant;

/**
 * A stored copy of a map at one version: who took it, when, why (label) and, when loaded, the board as the diff view sees
 * it ({@code content}) and, for snapshots of format 2, the whole board to restore ({@code board}, null for older ones).
 */
public record Snapshot(long id, long mapId, long mapVersion, Instant takenAt, String takenBy, String label,
                       SnapshotContent content, SnapshotBoard board) {

    public static final int LABEL_MAX = 255;

    public Snapshot(long id, long mapId, long mapVersion, Instant takenAt, String takenBy, String label, SnapshotContent content) {
        this(id, mapId, mapVersion, takenAt, takenBy, label, content, null);
    }

    /** Whether it keeps the whole board (format 2) and so can be restored into the map. */
    public boolean restorable() {
        return board != null;
    }

    public Snapshot {
        takenBy = Text.orEmpty(takenBy);
        label = Text.orEmpty(label);
    }

    public static String validLabel(String label) {
        String value = Text.orEmpty(label);
        new Violations().maxLength("label", value, LABEL_MAX).throwIfAny();
        return value;
    }
}

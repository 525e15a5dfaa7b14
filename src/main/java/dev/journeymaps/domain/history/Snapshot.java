package dev.journeymaps.domain.history;

import dev.journeymaps.domain.Text;
import dev.journeymaps.domain.Violations;
import java.time.Instant;

/** A stored copy of a map at one version: who took it, when, why (label) and, when loaded, the board. */
public record Snapshot(long id, long mapId, long mapVersion, Instant takenAt, String takenBy, String label,
                       SnapshotContent content) {

    public static final int LABEL_MAX = 255;

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

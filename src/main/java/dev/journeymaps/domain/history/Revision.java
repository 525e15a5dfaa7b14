package dev.journeymaps.domain.history;

import dev.journeymaps.domain.Text;
import java.time.Instant;

/** One accepted change of a map as the version claim recorded it: the version, its author and time. */
public record Revision(long mapId, long version, String authorKey, Instant at) {
    public Revision {
        authorKey = Text.orEmpty(authorKey);
    }
}

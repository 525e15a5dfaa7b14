package dev.journeymaps.app.live;

import java.time.Instant;

/**
 * One accepted change of a map, as the live channel tells it: the version it produced, who made it and when (its
 * revision row), and what it did in words (its audit line: action, subject, summary; empty when it has none).
 */
public record MapChange(long version, String authorKey, Instant at, String action, String subject, String summary) {
    public MapChange {
        action = action == null ? "" : action;
        subject = subject == null ? "" : subject;
        summary = summary == null ? "" : summary;
    }
}

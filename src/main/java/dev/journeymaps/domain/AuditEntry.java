package dev.journeymaps.domain;

import java.time.Instant;

/**
 * One line of a map's audit trail: who did what to which part, when, and the map version it produced.
 * Actions are stable keys ({@code card.scored}, {@code map.reviewed} …); summary says what changed; {@code cardId} is the
 * card the line is about (null for a stage, lane or the map), so the history can lead to it while it exists.
 */
public record AuditEntry(long mapId, long version, Instant at, String by, String action, String subject, String summary,
                         Long cardId) {

    public AuditEntry(long mapId, long version, Instant at, String by, String action, String subject, String summary) {
        this(mapId, version, at, by, action, subject, summary, null);
    }

    public AuditEntry {
        by = Text.orEmpty(by);
        action = Text.orEmpty(action);
        subject = Text.orEmpty(subject);
        summary = Text.orEmpty(summary);
    }
}

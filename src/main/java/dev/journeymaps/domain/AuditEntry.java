package dev.journeymaps.domain;

import java.time.Instant;

/**
 * One line of a map's audit trail: who did what to which part, when, and the map version it produced.
 * Actions are stable keys ({@code card.scored}, {@code map.reviewed} …); summary says what changed.
 */
public record AuditEntry(long mapId, long version, Instant at, String by, String action, String subject, String summary) {

    public AuditEntry {
        by = Text.orEmpty(by);
        action = Text.orEmpty(action);
        subject = Text.orEmpty(subject);
        summary = Text.orEmpty(summary);
    }
}

package dev.journeymaps.web.rest;

import java.time.Instant;

/**
 * Dates in our JSON are ISO-8601 strings ({@code 2026-11-28T09:15:00Z}), written by us rather than by the host's
 * JSON mapper: Jira's REST layer uses its own Jackson setup, which may know nothing of {@code java.time} (an error)
 * or write epoch numbers. The DTOs of this package therefore carry no {@code java.time} type at all.
 */
public final class IsoDates {
    private IsoDates() {
    }

    /** The instant in ISO-8601 (UTC, as {@link Instant#toString()}), or null for none. */
    public static String of(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}

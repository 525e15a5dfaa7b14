package dev.journeymaps.app.work;

import java.time.Instant;

/**
 * How current the issue data shown is. {@code asOf} is the oldest fetch time among the issues shown (now
 * when there are none); {@code stale} says some are older than the cache's max age; {@code jiraUnavailable}
 * says Jira did not answer in time or refused, with {@code problem} saying why.
 */
public record Freshness(Instant asOf, boolean stale, boolean jiraUnavailable, String problem) {

    public Freshness {
        problem = problem == null ? "" : problem;
    }

    public static Freshness current(Instant asOf) {
        return new Freshness(asOf, false, false, "");
    }
}

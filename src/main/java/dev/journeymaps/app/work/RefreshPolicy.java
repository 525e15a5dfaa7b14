package dev.journeymaps.app.work;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * How the issue cache is kept fresh.
 *
 * @param maxAge   entries older than this are refreshed on the next view
 * @param maxWait  the longest a view waits for Jira before it shows the cache as it is
 * @param executor runs the batched fetch; in Jira the calling thread (in-process, and the fetch must run as
 *                 the logged-in user), standalone a small pool so a dead Jira cannot hold a page
 */
public record RefreshPolicy(Duration maxAge, Duration maxWait, Executor executor) {
    public static final Duration DEFAULT_MAX_AGE = Duration.ofMinutes(5);
    public static final Duration DEFAULT_MAX_WAIT = Duration.ofMillis(2500);

    public RefreshPolicy {
        Objects.requireNonNull(maxAge, "maxAge");
        Objects.requireNonNull(maxWait, "maxWait");
        Objects.requireNonNull(executor, "executor");
    }

    /** Runs the fetch on the caller's thread (no time bound): right for in-process Jira. */
    public static RefreshPolicy inline(Duration maxAge) {
        return new RefreshPolicy(maxAge, DEFAULT_MAX_WAIT, Runnable::run);
    }
}

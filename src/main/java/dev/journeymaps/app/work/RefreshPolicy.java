package dev.journeymaps.app.work;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * How the issue cache is kept fresh.
 *
 * @param maxAge      entries older than this are refreshed on the next view; what Jira said about a user's right to
 *                    see an issue is trusted this long while Jira answers
 * @param maxWait     the longest a view waits for Jira before it shows the cache as it is
 * @param executor    runs the batched fetch; in Jira the calling thread (in-process, and the fetch must run as
 *                    the logged-in user), standalone a small pool so a dead Jira cannot hold a page
 * @param outageGrace while Jira is down, slow or rate limiting (never when it refuses the user: 401/403), a user is
 *                    still shown the cached issues Jira confirmed for them this recently, marked; never less than
 *                    {@code maxAge}
 */
public record RefreshPolicy(Duration maxAge, Duration maxWait, Executor executor, Duration outageGrace) {
    public static final Duration DEFAULT_MAX_AGE = Duration.ofMinutes(5);
    public static final Duration DEFAULT_MAX_WAIT = Duration.ofMillis(2500);
    public static final Duration DEFAULT_OUTAGE_GRACE = Duration.ofMinutes(30);

    public RefreshPolicy {
        Objects.requireNonNull(maxAge, "maxAge");
        Objects.requireNonNull(maxWait, "maxWait");
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(outageGrace, "outageGrace");
        outageGrace = outageGrace.compareTo(maxAge) < 0 ? maxAge : outageGrace;
    }

    public RefreshPolicy(Duration maxAge, Duration maxWait, Executor executor) {
        this(maxAge, maxWait, executor, DEFAULT_OUTAGE_GRACE);
    }

    /** Runs the fetch on the caller's thread (no time bound): right for in-process Jira. */
    public static RefreshPolicy inline(Duration maxAge) {
        return new RefreshPolicy(maxAge, DEFAULT_MAX_WAIT, Runnable::run);
    }
}

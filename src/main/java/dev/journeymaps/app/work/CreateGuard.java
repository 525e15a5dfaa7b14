package dev.journeymaps.app.work;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A retried "create an issue from this card" never makes a second issue: creates of the same issue type and summary
 * for the same card run one at a time, and within {@value #WINDOW_MINUTES} minutes of one that Jira accepted, the
 * retry gets the issue already made. Per node, in memory: it guards against double clicks and a client's retry after
 * a slow answer, which land on the node that made the first.
 */
final class CreateGuard {
    static final int WINDOW_MINUTES = 10;
    private static final Duration WINDOW = Duration.ofMinutes(WINDOW_MINUTES);

    private record Made(long issueId, Instant at) {
    }

    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private final Map<String, Made> made = new ConcurrentHashMap<>();

    static String key(long cardId, String issueType, String summary) {
        return cardId + "\u0000" + issueType.strip().toLowerCase(java.util.Locale.ROOT) + "\u0000" + summary.strip();
    }

    /** Runs {@code create} alone for this key; {@code earlier} gets the issue made for it lately, if any. */
    <T> T once(String key, Instant now, java.util.function.Function<Optional<Long>, T> create) {
        made.values().removeIf(m -> m.at().plus(WINDOW).isBefore(now));
        Object lock = locks.computeIfAbsent(key, k -> new Object());
        synchronized (lock) {
            try {
                Made before = made.get(key);
                return create.apply(Optional.ofNullable(before).map(Made::issueId));
            } finally {
                if (!made.containsKey(key)) {
                    locks.remove(key, lock);
                }
            }
        }
    }

    void remember(String key, long issueId, Instant at) {
        made.put(key, new Made(issueId, at));
    }
}

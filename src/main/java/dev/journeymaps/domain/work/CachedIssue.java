package dev.journeymaps.domain.work;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A snapshot from the issue cache, with {@code doneSince}: the first time we saw the issue Done (null
 * while it is not), which "verify the fix" compares with the card's newest evidence.
 */
public record CachedIssue(IssueSnapshot snapshot, Instant doneSince) {

    public CachedIssue {
        Objects.requireNonNull(snapshot, "snapshot");
        if (!snapshot.isDone()) {
            doneSince = null;
        } else if (doneSince == null) {
            doneSince = snapshot.fetchedAt();
        }
    }

    /** What the cache holds after seeing {@code fresh}: Done keeps its first date, anything else clears it. */
    public static CachedIssue seen(IssueSnapshot fresh, CachedIssue before) {
        Instant since = before != null && before.doneSince() != null ? before.doneSince() : fresh.fetchedAt();
        return new CachedIssue(fresh, fresh.isDone() ? since : null);
    }

    public long id() {
        return snapshot.id();
    }

    public boolean isStale(Instant now, Duration maxAge) {
        return snapshot.fetchedAt().isBefore(now.minus(maxAge));
    }
}

package dev.journeymaps.app.work;

import dev.journeymaps.app.Actor;
import dev.journeymaps.app.work.tracker.IssueTracker;
import dev.journeymaps.app.work.tracker.IssueTrackerException;
import dev.journeymaps.app.work.tracker.IssueTrackers;
import dev.journeymaps.domain.work.CachedIssue;
import dev.journeymaps.domain.work.IssueSnapshot;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads linked issues from the cache and refreshes the stale ones in ONE batched {@link IssueTracker#fetch}
 * (the adapter may chunk it), waiting at most {@link RefreshPolicy#maxWait()}. The fetch runs as the user, so
 * it also confirms which issues Jira lets them see ({@link IssueVisibility}); issues it hides are not shown
 * to them from the shared cache. When Jira is down or slow the cache is shown as it is, marked; a fetch that
 * finishes late still lands in the cache for the next view.
 */
public final class IssueStatusRefresher {
    private final IssueCache cache;
    private final IssueTrackers trackers;
    private final RefreshPolicy policy;
    private final Clock clock;
    private final IssueVisibility visibility;

    public IssueStatusRefresher(IssueCache cache, IssueTrackers trackers, RefreshPolicy policy, Clock clock) {
        this.cache = cache;
        this.trackers = trackers;
        this.policy = policy;
        this.clock = clock;
        this.visibility = new IssueVisibility(policy.maxAge());
    }

    /** What a view shows: the issues the user may see, by id, and how fresh they are. */
    public record Refreshed(Map<Long, CachedIssue> issues, Freshness freshness) {
    }

    public Refreshed read(Actor actor, Collection<Long> issueIds) {
        Set<Long> ids = new LinkedHashSet<>(issueIds);
        Instant now = clock.instant();
        Map<Long, CachedIssue> known = new HashMap<>(ids.isEmpty() ? Map.of() : cache.get(ids));
        Map<Long, Boolean> visibleToActor = visibility.known(actor, ids, now);
        known.keySet().removeIf(id -> Boolean.FALSE.equals(visibleToActor.get(id)));
        // Stale, or not yet confirmed visible to this user: the shared cache must not show it to them unasked.
        List<Long> stale = ids.stream().filter(id -> !visibleToActor.containsKey(id)
                || visibleToActor.get(id) && (!known.containsKey(id) || known.get(id).isStale(now, policy.maxAge()))).toList();
        if (stale.isEmpty()) {
            return new Refreshed(known, Freshness.current(oldest(known.values(), now)));
        }
        CompletableFuture<Map<Long, CachedIssue>> refresh;
        try {
            refresh = CompletableFuture.supplyAsync(() -> store(trackers.of(actor).fetch(stale)), policy.executor());
        } catch (RuntimeException rejected) {
            return unavailable(known, now, "The refresh could not start: " + rejected.getMessage());
        }
        try {
            Map<Long, CachedIssue> fresh = refresh.get(policy.maxWait().toMillis(), TimeUnit.MILLISECONDS);
            visibility.answered(actor, stale, fresh.keySet(), now);
            // Asked for but not returned: deleted, or hidden from this user by Jira's permissions.
            stale.stream().filter(id -> !fresh.containsKey(id)).forEach(known::remove);
            known.putAll(fresh);
            return new Refreshed(known, Freshness.current(oldest(known.values(), now)));
        } catch (TimeoutException e) {
            return unavailable(known, now, "Jira did not answer within " + policy.maxWait().toMillis() + " ms.");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IssueTrackerException tracker) {
                return unavailable(known, now, tracker.getMessage());
            }
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unavailable(known, now, "Interrupted while waiting for Jira.");
        }
    }

    private Map<Long, CachedIssue> store(List<IssueSnapshot> fetched) {
        return fetched.isEmpty() ? Map.of() : cache.put(fetched);
    }

    private static Refreshed unavailable(Map<Long, CachedIssue> known, Instant now, String problem) {
        return new Refreshed(known, new Freshness(oldest(known.values(), now), true, true, problem));
    }

    private static Instant oldest(Collection<CachedIssue> issues, Instant now) {
        return issues.stream().map(issue -> issue.snapshot().fetchedAt()).min(Comparator.naturalOrder()).orElse(now);
    }
}

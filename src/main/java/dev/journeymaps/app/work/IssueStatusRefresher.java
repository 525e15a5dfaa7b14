package dev.journeymaps.app.work;

import dev.journeymaps.app.Actor;
import dev.journeymaps.app.work.tracker.IssueTracker;
import dev.journeymaps.app.work.tracker.IssueTrackerException;
import dev.journeymaps.app.work.tracker.IssueTrackers;
import dev.journeymaps.domain.work.CachedIssue;
import dev.journeymaps.domain.work.IssueAbsence;
import dev.journeymaps.domain.work.IssueSnapshot;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Reads linked issues from the shared cache for one user and refreshes the stale or unconfirmed ones in ONE batched
 * {@link IssueTracker#fetch} as that user (the adapter may chunk it), waiting at most {@link RefreshPolicy#maxWait()}.
 * <p>The rule: a user is shown a cached issue only if Jira confirmed it <em>for that user</em> within the max age
 * ({@link IssueVisibility}), on every path. While Jira is down, slow or rate limiting, confirmations up to the outage
 * grace are used, marked; issues never confirmed for the user are withheld ("hidden or unavailable", key and all).
 * Jira refusing the user (401, 403) is not an outage: it is thrown, and nothing is shown. A fetch that finishes after
 * the view stopped waiting still lands in the cache and in the user's confirmations; a view that needs an issue already
 * being fetched for the user waits for that fetch ({@link RefreshesInFlight}).
 */
public final class IssueStatusRefresher {
    private final IssueCache cache;
    private final IssueTrackers trackers;
    private final RefreshPolicy policy;
    private final Clock clock;
    private final IssueVisibility visibility;
    private final RefreshesInFlight inFlight = new RefreshesInFlight();
    private final MapReads.IssueRows mapRows = new MapReads.IssueRows();

    public IssueStatusRefresher(IssueCache cache, IssueTrackers trackers, RefreshPolicy policy, Clock clock) {
        this.cache = cache;
        this.trackers = trackers;
        this.policy = policy;
        this.clock = clock;
        this.visibility = new IssueVisibility(policy.outageGrace());
    }

    /**
     * What a view shows: the issues the user may see, by id, how fresh they are, and the linked issues withheld from
     * this user (Jira hides them, they are gone, or Jira could not confirm them for the user). {@code absent} are the
     * withheld ones Jira answered for: deleted, or hidden from the user — no longer open work for them. The others
     * (Jira could not be asked) are merely unavailable.
     */
    public record Refreshed(Map<Long, CachedIssue> issues, Freshness freshness, Set<Long> withheld,
                            Map<Long, IssueAbsence> absent, Map<Long, CachedIssue> cached) {
        public Refreshed {
            issues = Map.copyOf(issues);
            withheld = Set.copyOf(withheld);
            absent = Map.copyOf(absent);
            cached = Map.copyOf(cached);
        }
    }

    public Refreshed read(Actor actor, Collection<Long> issueIds) {
        return read(actor, issueIds, cache::get);
    }

    /** The same for the issues one map links to ({@code issueIds}), their cache rows read in one query by map. */
    public Refreshed readMap(Actor actor, long mapId, Collection<Long> issueIds) {
        return read(actor, issueIds, ids -> mapRows.of(mapId, ids, cache));
    }

    private Refreshed read(Actor actor, Collection<Long> issueIds, java.util.function.Function<List<Long>, Map<Long, CachedIssue>> rows) {
        List<Long> ids = List.copyOf(new LinkedHashSet<>(issueIds));
        Instant now = clock.instant();
        Map<Long, CachedIssue> cached = ids.isEmpty() ? Map.of() : rows.apply(ids);
        Map<Long, Boolean> confirmed = visibility.known(actor, ids, now, policy.maxAge());
        Map<Long, CachedIssue> shown = new HashMap<>();
        List<Long> ask = new ArrayList<>();
        for (Long id : ids) {
            Boolean visible = confirmed.get(id);
            CachedIssue issue = cached.get(id);
            if (visible == null || visible && (issue == null || issue.isStale(now, policy.maxAge()))) {
                ask.add(id);
            } else if (visible) {
                shown.put(id, issue);
            }
        }
        if (ask.isEmpty()) {
            return refreshed(actor, ids, cached, shown, Freshness.current(oldest(shown.values(), now)), now, policy.maxAge());
        }
        Answers answers = await(actor, ask);
        for (Long id : answers.answered()) {
            CachedIssue fresh = answers.fresh().get(id);
            if (fresh != null) {
                shown.put(id, fresh);
            }
        }
        if (answers.problem() == null) {
            return refreshed(actor, ids, cached, shown, Freshness.current(oldest(shown.values(), now)), now, policy.maxAge());
        }
        // Jira could not be asked: what it last confirmed for this user, within the outage grace, is shown marked.
        List<Long> unanswered = ask.stream().filter(id -> !answers.answered().contains(id)).toList();
        visibility.known(actor, unanswered, now, policy.outageGrace()).forEach((id, visible) -> {
            if (visible && cached.containsKey(id)) {
                shown.put(id, cached.get(id));
            }
        });
        return refreshed(actor, ids, cached, shown, new Freshness(oldest(shown.values(), now), true, true, answers.problem()), now,
                policy.outageGrace());
    }

    /** An issue Jira just gave this user (created or linked by them): cached, and known visible to them at once. */
    public CachedIssue seen(Actor actor, IssueSnapshot issue) {
        CachedIssue stored = cache.put(List.of(issue)).get(issue.id());
        visibility.answered(actor, List.of(issue.id()), Set.of(issue.id()), clock.instant());
        return stored;
    }

    /** Of these issues, those Jira itself said were deleted (never known over REST); no Jira call. */
    public Set<Long> knownDeleted(Collection<Long> issueIds) {
        return visibility.deletedForEveryone(issueIds);
    }

    /** Nothing Jira said about this user is used any more (they signed out, or Jira refused their credentials). */
    public void forget(String userKey) {
        visibility.forget(userKey);
    }

    /** Which asked-for issues Jira answered (visible ones in {@code fresh}), and why the others were not, if any. */
    private record Answers(Set<Long> answered, Map<Long, CachedIssue> fresh, String problem) {
    }

    private Answers await(Actor actor, List<Long> ask) {
        RefreshesInFlight.Joined joined = inFlight.join(actor, ask);
        if (!joined.mineIds().isEmpty()) {
            start(actor, joined);
        }
        long deadline = System.nanoTime() + policy.maxWait().toNanos();
        Set<Long> answered = new LinkedHashSet<>();
        Map<Long, CachedIssue> fresh = new HashMap<>();
        String problem = null;
        for (Map.Entry<RefreshesInFlight.Fetch, List<Long>> fetch : joined.all().entrySet()) {
            try {
                Map<Long, CachedIssue> got = fetch.getKey().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                answered.addAll(fetch.getValue());
                fetch.getValue().stream().filter(got::containsKey).forEach(id -> fresh.put(id, got.get(id)));
            } catch (TimeoutException e) {
                problem = "Jira did not answer within " + policy.maxWait().toMillis() + " ms.";
            } catch (ExecutionException e) {
                problem = outage(actor, e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                problem = "Interrupted while waiting for Jira.";
            }
        }
        return new Answers(answered, fresh, problem);
    }

    /** Jira refusing the user is thrown, never shown as an outage; anything else Jira did is an outage. */
    private String outage(Actor actor, Throwable cause) {
        if (cause instanceof IssueTrackerException tracker) {
            if (tracker.kind() == IssueTrackerException.Kind.UNAUTHORIZED || tracker.kind() == IssueTrackerException.Kind.FORBIDDEN) {
                visibility.forget(actor.userKey());
                throw tracker;
            }
            return tracker.getMessage();
        }
        throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
    }

    private void start(Actor actor, RefreshesInFlight.Joined joined) {
        RefreshesInFlight.Fetch mine = joined.mine();
        List<Long> ids = joined.mineIds();
        try {
            policy.executor().execute(() -> {
                try {
                    mine.complete(fetchAndRecord(actor, ids));
                } catch (RuntimeException | Error e) {
                    mine.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException rejected) {
            mine.completeExceptionally(IssueTrackerException.unavailable("The refresh could not start: every refresh "
                    + "thread is busy and the queue is full.", rejected));
        }
    }

    /**
     * Runs as the user; records the answer whenever it arrives, also after the view stopped waiting. The issues Jira
     * did not return are asked about once more, only where the tracker can tell a deleted issue from a hidden one.
     */
    private Map<Long, CachedIssue> fetchAndRecord(Actor actor, List<Long> ids) {
        IssueTracker tracker = trackers.of(actor);
        // unresolved links of an imported map (negative ids, IssueLink#unresolvedId) are never asked of Jira: no issue there
        List<Long> asked = ids.stream().filter(id -> id > 0).toList();
        List<IssueSnapshot> fetched = asked.isEmpty() ? List.of() : tracker.fetch(asked);
        Map<Long, CachedIssue> stored = fetched.isEmpty() ? Map.of() : cache.put(fetched);
        List<Long> missing = asked.stream().filter(id -> !stored.containsKey(id)).toList();
        Set<Long> deleted = new HashSet<>(missing.isEmpty() ? Set.of() : tracker.deleted(missing));
        ids.stream().filter(id -> id <= 0).forEach(deleted::add);
        visibility.answered(actor, ids, stored.keySet(), deleted, clock.instant());
        return stored;
    }

    /**
     * What the view shows; of the issues withheld, those Jira answered for within {@code window} are absent.
     * {@code cached}: every issue as the cache holds it, whoever may see it (for roll-ups that show no issue).
     */
    private Refreshed refreshed(Actor actor, List<Long> ids, Map<Long, CachedIssue> cached, Map<Long, CachedIssue> shown,
                                Freshness freshness, Instant now, java.time.Duration window) {
        Set<Long> withheld = ids.stream().filter(id -> !shown.containsKey(id)).collect(Collectors.toSet());
        Map<Long, IssueAbsence> absent = new HashMap<>();
        if (!withheld.isEmpty()) {
            Set<Long> deleted = visibility.deleted(actor, withheld);
            visibility.known(actor, withheld, now, window).forEach((id, visible) -> {
                if (!visible) {
                    absent.put(id, deleted.contains(id) ? IssueAbsence.DELETED : IssueAbsence.DELETED_OR_HIDDEN);
                }
            });
        }
        Map<Long, CachedIssue> known = new HashMap<>(cached);
        known.putAll(shown);
        return new Refreshed(shown, freshness, withheld, absent, known);
    }

    private static Instant oldest(Collection<CachedIssue> issues, Instant now) {
        return issues.stream().map(issue -> issue.snapshot().fetchedAt()).min(Comparator.naturalOrder()).orElse(now);
    }
}

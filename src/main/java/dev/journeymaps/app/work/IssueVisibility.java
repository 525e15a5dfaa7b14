package dev.journeymaps.app.work;

import dev.journeymaps.app.Actor;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What Jira last told each user about whether they may see an issue, and when. The issue cache is shared by
 * every user, so a cached issue is only shown to a user Jira has confirmed may see it: within the max age while
 * Jira answers, within the outage grace while it does not ({@link RefreshPolicy#outageGrace()}). Answers are
 * recorded whenever they arrive, also after the view that asked stopped waiting. Kept in memory per node (it only
 * saves Jira calls; a node that knows nothing asks again), for the most recently active {@value #MAX_USERS} users.
 */
public final class IssueVisibility {
    static final int MAX_USERS = 1_000;

    /** {@code deleted}: not visible because the tracker said the issue no longer exists (only Jira itself can tell). */
    private record Check(Instant at, boolean visible, boolean deleted) {
    }

    private final Duration keepFor;
    private final Map<String, Map<Long, Check>> byUser = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Map<Long, Check>> eldest) {
            return size() > MAX_USERS;
        }
    };

    /** Issues Jira itself said no longer exist (a fact for every user), most recent last; a hint, per node. */
    private final Set<Long> deletedIds = java.util.Collections.newSetFromMap(new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
            return size() > MAX_DELETED;
        }
    });
    static final int MAX_DELETED = 10_000;

    /** @param keepFor the longest any answer is used for (the larger of max age and outage grace) */
    public IssueVisibility(Duration keepFor) {
        this.keepFor = keepFor;
    }

    /** For each of these issues Jira answered for this user within {@code maxAge}: whether the user may see it. */
    synchronized Map<Long, Boolean> known(Actor actor, Collection<Long> issueIds, Instant now, Duration maxAge) {
        Map<Long, Check> checks = byUser.get(actor.userKey());
        Map<Long, Boolean> known = new HashMap<>();
        if (checks == null) {
            return known;
        }
        checks.values().removeIf(check -> check.at().plus(keepFor).isBefore(now));
        for (Long id : issueIds) {
            Check check = checks.get(id);
            if (check != null && !check.at().plus(maxAge).isBefore(now)) {
                known.put(id, check.visible());
            }
        }
        return known;
    }

    /** Jira was asked for {@code asked} as this user and returned {@code visible}: the rest are hidden from them. */
    synchronized void answered(Actor actor, Collection<Long> asked, Set<Long> visible, Instant at) {
        answered(actor, asked, visible, Set.of(), at);
    }

    /** As above, and of the issues not returned, {@code deleted} no longer exist at all. */
    synchronized void answered(Actor actor, Collection<Long> asked, Set<Long> visible, Set<Long> deleted, Instant at) {
        Map<Long, Check> checks = byUser.computeIfAbsent(actor.userKey(), user -> new HashMap<>());
        for (Long id : asked) {
            Check before = checks.get(id);
            if (before == null || !before.at().isAfter(at)) {
                checks.put(id, new Check(at, visible.contains(id), !visible.contains(id) && deleted.contains(id)));
            }
            if (!visible.contains(id) && deleted.contains(id)) {
                deletedIds.add(id);
            }
        }
    }

    /** Of these issues, the ones Jira itself said no longer exist, whoever asked (only Jira itself can tell). */
    synchronized Set<Long> deletedForEveryone(Collection<Long> issueIds) {
        Set<Long> deleted = new HashSet<>();
        issueIds.stream().filter(deletedIds::contains).forEach(deleted::add);
        return deleted;
    }

    /** Of these issues, the ones Jira last said no longer exist (a later "visible" answer replaces that). */
    synchronized Set<Long> deleted(Actor actor, Collection<Long> issueIds) {
        Map<Long, Check> checks = byUser.getOrDefault(actor.userKey(), Map.of());
        Set<Long> deleted = new HashSet<>();
        for (Long id : issueIds) {
            Check check = checks.get(id);
            if (check != null && check.deleted()) {
                deleted.add(id);
            }
        }
        return deleted;
    }

    /** The user signed out or Jira refused their credentials: nothing Jira said about them is used any more. */
    public synchronized void forget(String userKey) {
        byUser.remove(userKey);
    }
}

package dev.journeymaps.app.work;

import dev.journeymaps.app.Actor;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What Jira last told each user about whether they may see an issue, and when. The issue cache is shared by
 * every user, so a cached issue is only shown to a user Jira has confirmed may see it within the max age;
 * the others are asked for in the same batched fetch as the stale ones. Kept in memory per node (it only
 * saves Jira calls), for the most recently active {@value #MAX_USERS} users.
 */
final class IssueVisibility {
    static final int MAX_USERS = 1_000;

    private record Check(Instant at, boolean visible) {
    }

    private final Duration maxAge;
    private final Map<String, Map<Long, Check>> byUser = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Map<Long, Check>> eldest) {
            return size() > MAX_USERS;
        }
    };

    IssueVisibility(Duration maxAge) {
        this.maxAge = maxAge;
    }

    /** For each of these issues Jira answered for this user within the max age: whether the user may see it. */
    synchronized Map<Long, Boolean> known(Actor actor, Collection<Long> issueIds, Instant now) {
        Map<Long, Check> checks = byUser.get(actor.userKey());
        Map<Long, Boolean> known = new HashMap<>();
        if (checks == null) {
            return known;
        }
        checks.values().removeIf(check -> check.at().plus(maxAge).isBefore(now));
        for (Long id : issueIds) {
            Check check = checks.get(id);
            if (check != null) {
                known.put(id, check.visible());
            }
        }
        return known;
    }

    /** Jira was asked for {@code asked} as this user and returned {@code visible}: the rest are hidden from them. */
    synchronized void answered(Actor actor, Collection<Long> asked, Set<Long> visible, Instant now) {
        Map<Long, Check> checks = byUser.computeIfAbsent(actor.userKey(), user -> new HashMap<>());
        for (Long id : asked) {
            checks.put(id, new Check(now, visible.contains(id)));
        }
    }
}

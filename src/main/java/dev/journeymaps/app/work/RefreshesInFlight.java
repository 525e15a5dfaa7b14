package dev.journeymaps.app.work;

import dev.journeymaps.app.Actor;
import dev.journeymaps.domain.work.CachedIssue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The refreshes running now, per user and issue, so a view that needs an issue already being fetched for the same
 * user waits for that fetch instead of starting another: a slow Jira is asked once, not once per view.
 */
final class RefreshesInFlight {
    /** A fetch's answer: what the cache now holds for the issues Jira returned. */
    static final class Fetch extends CompletableFuture<Map<Long, CachedIssue>> {
    }

    /** What to wait for: fetches already running (with the ids each covers), and {@code mine}, to start, for the rest. */
    record Joined(Map<Fetch, List<Long>> running, Fetch mine, List<Long> mineIds) {
        Map<Fetch, List<Long>> all() {
            Map<Fetch, List<Long>> all = new IdentityHashMap<>(running);
            if (!mineIds.isEmpty()) {
                all.put(mine, mineIds);
            }
            return all;
        }
    }

    private final Map<String, Map<Long, Fetch>> byUser = new HashMap<>();

    synchronized Joined join(Actor actor, List<Long> ids) {
        Map<Long, Fetch> running = byUser.computeIfAbsent(actor.userKey(), user -> new HashMap<>());
        Map<Fetch, List<Long>> joined = new IdentityHashMap<>();
        List<Long> rest = new ArrayList<>();
        for (Long id : ids) {
            Fetch fetch = running.get(id);
            if (fetch != null) {
                joined.computeIfAbsent(fetch, f -> new ArrayList<>()).add(id);
            } else {
                rest.add(id);
            }
        }
        Fetch mine = new Fetch();
        rest.forEach(id -> running.put(id, mine));
        mine.whenComplete((answer, failure) -> done(actor, rest, mine));
        return new Joined(joined, mine, List.copyOf(rest));
    }

    private synchronized void done(Actor actor, List<Long> ids, Fetch fetch) {
        Map<Long, Fetch> running = byUser.get(actor.userKey());
        if (running == null) {
            return;
        }
        ids.forEach(id -> running.remove(id, fetch));
        if (running.isEmpty()) {
            byUser.remove(actor.userKey());
        }
    }
}

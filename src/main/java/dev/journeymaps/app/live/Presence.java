package dev.journeymaps.app.live;

import dev.journeymaps.app.Actor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * Who has a map open on this node, and which card each is editing: a hint kept in memory per node, as
 * ARCHITECTURE.md allows for presence. Each open page (a client id) counts while it keeps asking for changes; it
 * expires {@code ttl} after its last request. Every change of a map's viewers gets a new token, so a page that saw
 * an older token is answered at once.
 */
public final class Presence {
    private final Clock clock;
    private final Duration ttl;
    private final String node = UUID.randomUUID().toString().substring(0, 8);
    private final AtomicLong changes = new AtomicLong();
    private final Map<Long, Map<String, Seen>> maps = new ConcurrentHashMap<>();
    private final Map<Long, Long> tokens = new ConcurrentHashMap<>();
    private volatile LongConsumer onChange = mapId -> { };

    public Presence(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
    }

    void onChange(LongConsumer listener) {
        this.onChange = listener;
    }

    /** The page {@code client} of {@code actor} is open on the map (keeps what it is editing). */
    void seen(long mapId, String client, Actor actor) {
        Map<String, Seen> clients = maps.computeIfAbsent(mapId, id -> new ConcurrentHashMap<>());
        Seen before = clients.get(client);
        clients.put(client, new Seen(actor, before == null ? null : before.editing, clock.instant()));
        if (before == null) {
            changed(mapId);
        }
    }

    /** The page now edits {@code cardId} (null: nothing). */
    void editing(long mapId, String client, Actor actor, Long cardId) {
        Map<String, Seen> clients = maps.computeIfAbsent(mapId, id -> new ConcurrentHashMap<>());
        Seen before = clients.put(client, new Seen(actor, cardId, clock.instant()));
        if (before == null || !java.util.Objects.equals(before.editing, cardId)) {
            changed(mapId);
        }
    }

    /** The page was closed. */
    void left(long mapId, String client) {
        Map<String, Seen> clients = maps.get(mapId);
        if (clients != null && clients.remove(client) != null) {
            changed(mapId);
        }
    }

    /** Forgets pages not heard of for longer than the ttl, telling each map's viewers. */
    void expire() {
        Instant cutoff = clock.instant().minus(ttl);
        for (Map.Entry<Long, Map<String, Seen>> map : maps.entrySet()) {
            if (map.getValue().values().removeIf(seen -> seen.at.isBefore(cutoff))) {
                changed(map.getKey());
            }
            if (map.getValue().isEmpty()) {
                maps.remove(map.getKey(), map.getValue());
            }
        }
    }

    /** Identifies the map's viewers as they are now: equal tokens, same viewers. */
    String token(long mapId) {
        return node + "-" + tokens.getOrDefault(mapId, 0L);
    }

    /** The other people with the map open (one entry per user, not {@code self}), by name. */
    List<Viewer> others(long mapId, Actor self) {
        Map<String, Viewer> byUser = new LinkedHashMap<>();
        maps.getOrDefault(mapId, Map.of()).values().stream()
                .filter(seen -> !seen.actor.userKey().equals(self.userKey()))
                .sorted(java.util.Comparator.comparing((Seen seen) -> seen.actor.displayName()).thenComparing(seen -> seen.actor.userKey()))
                .forEach(seen -> byUser.merge(seen.actor.userKey(),
                        new Viewer(seen.actor.userKey(), seen.actor.displayName(), seen.editing),
                        (a, b) -> a.editingCardId() != null ? a : b));
        return List.copyOf(byUser.values());
    }

    Set<Long> openMaps() {
        return Set.copyOf(maps.keySet());
    }

    private void changed(long mapId) {
        tokens.put(mapId, changes.incrementAndGet());
        onChange.accept(mapId);
    }

    private static final class Seen {
        final Actor actor;
        final Long editing;
        final Instant at;

        Seen(Actor actor, Long editing, Instant at) {
            this.actor = actor;
            this.editing = editing;
            this.at = at;
        }
    }
}

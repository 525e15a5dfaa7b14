package dev.journeymaps.app.live;

import dev.journeymaps.app.AccessPolicy;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.board.MapAccess;
import dev.journeymaps.app.board.MapRepository;
import dev.journeymaps.domain.board.JourneyMap;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * The live board: "what changed on this map since version N", answered at once when something did, else held until
 * something does (a change, or someone opening or leaving the map) or the wait is over. Read from the database (the
 * revision and audit rows), so any node answers any client, after a restart too; checked per request with the map's
 * project permission (a map the user cannot browse is not found). Presence rides along: who else has the map open.
 */
public final class LiveBoard {
    /** Longer than a client may wait on one request (Jira's and proxies' timeouts are longer). */
    public static final Duration MAX_WAIT = Duration.ofSeconds(25);
    /** The version a map deleted while watched is answered at: the page reloads (and says the map is gone). */
    private static final long GONE = -1;
    private static final Pattern CLIENT = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final MapAccess access;
    private final MapWatcher watcher;
    private final ChangeFeed feed;
    private final Presence presence;

    public LiveBoard(MapRepository repository, AccessPolicy policy, ChangeFeed feed, MapWatcher watcher, Presence presence) {
        this.access = new MapAccess(repository, policy);
        this.feed = feed;
        this.watcher = watcher;
        this.presence = presence;
        presence.onChange(watcher::wake);
        watcher.everyTick(presence::expire);
    }

    /** The answer: the map's version, the changes after the one asked for (or "reload": too far behind), who is there. */
    public record Changes(long version, List<MapChange> changes, boolean reload, String presence, List<Viewer> viewers) {
    }

    /**
     * The map's changes after {@code since}, waiting up to {@code wait} (at most {@link #MAX_WAIT}) for one when there
     * is none yet. {@code client} (an id the page made up, or null) counts the caller as a viewer; {@code seenPresence}
     * is the presence token the page last had (null: answer at once with who is there).
     */
    public Changes changesSince(Actor actor, long mapId, long since, String client, String seenPresence, Duration wait) {
        JourneyMap map = access.viewableMap(actor, mapId);
        String page = checkedClient(client);
        if (page != null) {
            presence.seen(mapId, page, actor);
        }
        long version = map.version();
        List<MapChange> shared = null;
        if (version == since && seenPresence != null) {
            MapWatcher.Watch watch = watcher.join(mapId, version);
            try {
                version = await(watch, mapId, version, since, seenPresence, wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait);
                shared = watch.since(since).orElse(null);
            } finally {
                watcher.leave(mapId);
            }
        }
        if (page != null) {
            presence.seen(mapId, page, actor);
        }
        return answer(actor, mapId, since, version, shared);
    }

    /** The page edits {@code cardId} now (null: none): a marker for the others. Viewers only. */
    public void editing(Actor actor, long mapId, String client, Long cardId) {
        access.viewableMap(actor, mapId);
        presence.editing(mapId, requiredClient(client), actor, cardId);
    }

    /** The page was closed: the others see it gone at once instead of at expiry. */
    public void left(Actor actor, long mapId, String client) {
        access.viewableMap(actor, mapId);
        presence.left(mapId, requiredClient(client));
    }

    private long await(MapWatcher.Watch watch, long mapId, long version, long since, String seenPresence, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            CompletableFuture<Void> signal = watch.signal();
            if (watch.gone()) {
                return GONE;
            }
            if (watch.version() > since || !presence.token(mapId).equals(seenPresence) || watcher.closed()) {
                return Math.max(version, watch.version());
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return version;
            }
            try {
                signal.get(left, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                return Math.max(version, watch.version());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Math.max(version, watch.version());
            } catch (ExecutionException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private Changes answer(Actor actor, long mapId, long since, long version, List<MapChange> shared) {
        boolean reload = version == GONE || since > version || version - since > MapWatcher.RECENT;
        List<MapChange> changes = reload || version == since ? List.of()
                : (shared != null ? shared : feed.since(mapId, since, MapWatcher.RECENT)).stream()
                .filter(change -> change.version() <= version).toList();
        return new Changes(version, changes, reload, presence.token(mapId), presence.others(mapId, actor));
    }

    private static String checkedClient(String client) {
        if (client == null || client.isEmpty()) {
            return null;
        }
        if (!CLIENT.matcher(client).matches()) {
            throw dev.journeymaps.domain.ValidationException.field("client", "The page id must be 1 to 64 letters, digits, '-' or '_'.");
        }
        return client;
    }

    private static String requiredClient(String client) {
        String checked = checkedClient(client);
        if (checked == null) {
            throw dev.journeymaps.domain.ValidationException.field("client", "The page id is required.");
        }
        return checked;
    }
}

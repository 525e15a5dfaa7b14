package dev.journeymaps.app.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one watcher of a node: once per interval it asks the database for the versions of every map someone on this
 * node is waiting on (one query, whatever the number of viewers), and only for a map whose version moved it reads the
 * new changes once and wakes that map's viewers, who share that read. The database stays the source of truth: the
 * changes kept here are a cache of the last {@link #RECENT} read for the waiting viewers, and a node that never saw a
 * map reads it afresh. Idle viewers cost one query per interval per node.
 */
public final class MapWatcher implements AutoCloseable {
    /** How many of a map's latest changes are kept for viewers waking together (and how far behind a client may be). */
    public static final int RECENT = 200;
    private static final Logger LOG = Logger.getLogger(MapWatcher.class.getName());

    private final ChangeFeed feed;
    private final Map<Long, Watch> watches = new ConcurrentHashMap<>();
    private final List<Runnable> everyTick = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService timer;
    private volatile boolean closed;

    public MapWatcher(ChangeFeed feed, Duration interval) {
        this.feed = feed;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "journeymaps-map-watcher");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::tick, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Watches the map for one more viewer; {@code knownVersion} is the version that viewer just read. */
    Watch join(long mapId, long knownVersion) {
        return watches.compute(mapId, (id, watch) -> {
            Watch joined = watch == null ? new Watch(knownVersion) : watch;
            joined.viewers++;
            return joined;
        });
    }

    /** One viewer fewer; a map nobody waits on is no longer asked about. */
    void leave(long mapId) {
        watches.computeIfPresent(mapId, (id, watch) -> --watch.viewers <= 0 ? null : watch);
    }

    /** Wakes the map's viewers on this node (presence changed), if any wait. */
    void wake(long mapId) {
        Watch watch = watches.get(mapId);
        if (watch != null) {
            watch.wake();
        }
    }

    /** Runs {@code task} after each round of checks (presence expiry). */
    void everyTick(Runnable task) {
        everyTick.add(task);
    }

    /** The maps watched now (for tests and the benchmark). */
    int watchedMaps() {
        return watches.size();
    }

    /** One round: the versions of all watched maps in one read; the new changes of each map that moved, once. */
    void tick() {
        try {
            List<Long> ids = List.copyOf(watches.keySet());
            if (!ids.isEmpty()) {
                Map<Long, Long> versions = feed.versions(ids);
                for (Long id : ids) {
                    Watch watch = watches.get(id);
                    if (watch != null) {
                        watch.update(versions.get(id), from -> feed.since(id, from, RECENT));
                    }
                }
            }
            everyTick.forEach(Runnable::run);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Checking the open maps for changes failed; trying again next round", e);
        }
    }

    /** Stops watching and wakes every waiting viewer, so the node can stop without holding their requests. */
    @Override
    public void close() {
        closed = true;
        timer.shutdownNow();
        watches.values().forEach(Watch::wake);
    }

    boolean closed() {
        return closed;
    }

    /** A watched map: its last known version, its latest changes, and the signal its viewers wait on. */
    static final class Watch {
        private int viewers;
        private long version;
        private long coveredFrom;
        private boolean gone;
        private List<MapChange> recent = new ArrayList<>();
        private CompletableFuture<Void> signal = new CompletableFuture<>();

        Watch(long version) {
            this.version = version;
            this.coveredFrom = version;
        }

        synchronized long version() {
            return version;
        }

        synchronized boolean gone() {
            return gone;
        }

        /** Completed at the next change or presence news; take it before checking, then wait on it. */
        synchronized CompletableFuture<Void> signal() {
            return signal;
        }

        synchronized void wake() {
            CompletableFuture<Void> old = signal;
            signal = new CompletableFuture<>();
            old.complete(null);
        }

        /** The changes after {@code since} if this cache holds all of them. */
        synchronized Optional<List<MapChange>> since(long since) {
            if (since < coveredFrom || since > version) {
                return Optional.empty();
            }
            return Optional.of(recent.stream().filter(change -> change.version() > since).toList());
        }

        void update(Long current, java.util.function.LongFunction<List<MapChange>> read) {
            long from;
            synchronized (this) {
                if (current == null) {
                    gone = true;
                }
                if (current == null || current <= version) {
                    if (gone) {
                        wake();
                    }
                    return;
                }
                from = version;
            }
            List<MapChange> changes = read.apply(from).stream().filter(change -> change.version() <= current).toList();
            synchronized (this) {
                if (from != version) {
                    return;
                }
                if (current - from > RECENT || changes.size() < current - from) {
                    recent = new ArrayList<>();
                    coveredFrom = current;
                } else {
                    recent.addAll(changes);
                    if (recent.size() > RECENT) {
                        recent = new ArrayList<>(recent.subList(recent.size() - RECENT, recent.size()));
                    }
                    coveredFrom = recent.isEmpty() ? current : recent.get(0).version() - 1;
                }
                version = current;
                wake();
            }
        }
    }
}

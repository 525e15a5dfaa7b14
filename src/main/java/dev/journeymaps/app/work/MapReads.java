package dev.journeymaps.app.work;

import dev.journeymaps.domain.board.JourneyMap;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.work.CachedIssue;
import dev.journeymaps.domain.work.IssueLink;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * What the map page reads that does not change between two views of an unchanged map, kept on this node so that
 * concurrent readers of a large map do not each re-read thousands of rows.
 *
 * <p>{@link Snapshot}: the board (stages, lanes, cards, evidence), its issue links and its latest evidence dates, reused
 * while the map's header — read fresh on every view, one query — is equal to the header the board was read with. Every
 * write to those rows runs through {@code MapRepository#change} and moves the map's version (the ports say so:
 * {@link IssueLinks}, {@code CardEvidence}), so an equal header means unchanged rows, on any node. The reader's
 * {@link MapWork} is kept per distinct {@link IssueStatusRefresher.Refreshed} (what that reader may see of the linked
 * issues, compared by value): readers who see the same issues share one; a reader who sees others, or a refreshed issue,
 * gets a new one.
 *
 * <p>{@link IssueRows}: the issue cache's rows of a map's linked issues, reused while the set of linked issues is equal,
 * this process wrote nothing to the cache ({@link IssueCache#writes}: a refresh or a link on this node is seen at once)
 * and for at most {@link IssueRows#MAX_AGE}: rows another node wrote (Jira Data Center) are seen within that, well inside
 * the cache's own max age (what any view may show of Jira is already up to that old).
 *
 * <p>Bounded: {@value #MAX_MAPS} maps, {@value #MAX_VIEWS} distinct views each, least recently used dropped.
 */
public final class MapReads {
    static final int MAX_MAPS = 8;
    static final int MAX_VIEWS = 4;

    /** The map's rows as read at {@code board.map()}'s version. */
    public record Snapshot(MapBoard board, List<IssueLink> links, Map<Long, Instant> latestEvidence,
                           Map<View, MapWork> views) {
        public Snapshot(MapBoard board, List<IssueLink> links, Map<Long, Instant> latestEvidence) {
            this(board, List.copyOf(links), Map.copyOf(latestEvidence), lru(MAX_VIEWS));
        }

        public List<Long> issueIds() {
            return links.stream().map(IssueLink::issueId).distinct().toList();
        }

        /** The reader's work on this board: the one built for an equal {@code issues} view, else {@code build}'s. */
        public MapWork work(IssueStatusRefresher.Refreshed issues, Supplier<MapWork> build) {
            View view = new View(issues);
            synchronized (views) {
                MapWork known = views.get(view);
                if (known != null) {
                    return known;
                }
            }
            MapWork built = build.get();
            synchronized (views) {
                views.put(view, built);
            }
            return built;
        }
    }

    /**
     * A reader's view of the linked issues as a key: equal when the views are equal by value; hashed on their sizes and
     * freshness only, as a full hash would walk every issue on every view (equality does too, but on shared rows each
     * issue compares as the same instance).
     */
    record View(IssueStatusRefresher.Refreshed issues) {
        @Override
        public boolean equals(Object other) {
            return other instanceof View that && issues.equals(that.issues);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(issues.freshness(), issues.issues().size(), issues.withheld().size(),
                    issues.absent().size(), issues.cached().size());
        }
    }

    private final Map<Long, Snapshot> maps = lru(MAX_MAPS);

    /** The map's rows: those read before if {@code header} (read just now) is equal to theirs, else {@code load}'s. */
    public Snapshot of(JourneyMap header, Supplier<Snapshot> load) {
        synchronized (maps) {
            Snapshot known = maps.get(header.id());
            if (known != null && known.board().map().equals(header)) {
                return known;
            }
        }
        Snapshot loaded = load.get();
        synchronized (maps) {
            Snapshot known = maps.get(header.id());
            if (known == null || known.board().map().version() <= loaded.board().map().version()) {
                maps.put(header.id(), loaded);
            }
        }
        return loaded;
    }

    int size() {
        synchronized (maps) {
            return maps.size();
        }
    }

    /**
     * The issue cache's rows of one map's linked issues (see the class comment). One read per map at a time: readers
     * who need rows being read wait for that read rather than each reading them again.
     */
    static final class IssueRows {
        static final Duration MAX_AGE = Duration.ofSeconds(2);

        private record Rows(long writes, long readAt, List<Long> issueIds, FutureTask<Map<Long, CachedIssue>> read) {
            boolean serves(long writesNow, long now, List<Long> ids) {
                return writes == writesNow && now - readAt < MAX_AGE.toNanos() && issueIds.equals(ids);
            }
        }

        private final Map<Long, Rows> maps = lru(MAX_MAPS);

        /** The cache's rows for {@code issueIds}, the issues {@code mapId} links to now. */
        Map<Long, CachedIssue> of(long mapId, List<Long> issueIds, IssueCache cache) {
            long writes = cache.writes();
            if (writes < 0) {
                return cache.ofMap(mapId);
            }
            long now = System.nanoTime();
            Rows rows;
            boolean mine = false;
            synchronized (maps) {
                rows = maps.get(mapId);
                if (rows == null || !rows.serves(writes, now, issueIds)) {
                    rows = new Rows(writes, now, List.copyOf(issueIds),
                            new FutureTask<>(() -> java.util.Collections.unmodifiableMap(cache.ofMap(mapId))));
                    maps.put(mapId, rows);
                    mine = true;
                }
            }
            if (mine) {
                rows.read().run();
            }
            try {
                return rows.read().get();
            } catch (ExecutionException e) {
                synchronized (maps) {
                    maps.remove(mapId, rows);
                }
                throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while the issue cache was read", e);
            }
        }
    }

    private static <K, V> Map<K, V> lru(int max) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > max;
            }
        };
    }
}

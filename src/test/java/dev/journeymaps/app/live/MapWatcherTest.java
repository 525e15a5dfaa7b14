package dev.journeymaps.app.live;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The node's one watcher, driven round by round (its own timer is set to an hour): idle viewers cost one versions
 * query per round whatever their number, and a change is read once for all the viewers of its map.
 */
class MapWatcherTest {
    private final CountingFeed feed = new CountingFeed();
    private final MapWatcher watcher = new MapWatcher(feed, Duration.ofHours(1));

    @AfterEach
    void close() {
        watcher.close();
    }

    @Test
    void fiftyIdleViewersOfOneMapCostOneQueryPerRound() {
        feed.versions.put(7L, 3L);
        List<MapWatcher.Watch> viewers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            viewers.add(watcher.join(7L, 3L));
        }

        for (int round = 0; round < 10; round++) {
            watcher.tick();
        }

        assertThat(feed.versionQueries.get()).isEqualTo(10);
        assertThat(feed.changeQueries.get()).isZero();
        assertThat(viewers).allSatisfy(watch -> assertThat(watch.signal()).isNotDone());
    }

    @Test
    void aChangeIsReadOnceAndWakesEveryViewerOfItsMapOnly() {
        feed.versions.put(7L, 3L);
        feed.versions.put(8L, 1L);
        List<CompletableFuture<Void>> ofSeven = new ArrayList<>();
        MapWatcher.Watch seven = null;
        for (int i = 0; i < 50; i++) {
            seven = watcher.join(7L, 3L);
            ofSeven.add(seven.signal());
        }
        MapWatcher.Watch eight = watcher.join(8L, 1L);
        CompletableFuture<Void> ofEight = eight.signal();

        feed.versions.put(7L, 5L);
        watcher.tick();

        assertThat(feed.versionQueries.get()).as("both maps in one query").isEqualTo(1);
        assertThat(feed.changeQueries.get()).as("one read of the new changes, shared by the 50").isEqualTo(1);
        assertThat(ofSeven).allSatisfy(signal -> assertThat(signal).isDone());
        assertThat(ofEight).isNotDone();
        assertThat(seven.version()).isEqualTo(5L);
        assertThat(seven.since(3L).orElseThrow()).extracting(MapChange::version).containsExactly(4L, 5L);
        assertThat(seven.since(4L).orElseThrow()).extracting(MapChange::version).containsExactly(5L);
        assertThat(seven.since(2L)).as("older than what the node read: the database answers").isEmpty();
    }

    @Test
    void aMapNobodyWaitsOnIsNoLongerAskedAbout() {
        feed.versions.put(7L, 3L);
        watcher.join(7L, 3L);
        watcher.join(7L, 3L);
        watcher.leave(7L);
        assertThat(watcher.watchedMaps()).isEqualTo(1);
        watcher.leave(7L);

        watcher.tick();

        assertThat(watcher.watchedMaps()).isZero();
        assertThat(feed.versionQueries.get()).isZero();
    }

    @Test
    void aDeletedMapWakesItsViewersAsGone() {
        feed.versions.put(7L, 3L);
        MapWatcher.Watch watch = watcher.join(7L, 3L);
        CompletableFuture<Void> signal = watch.signal();

        feed.versions.remove(7L);
        watcher.tick();

        assertThat(signal).isDone();
        assertThat(watch.gone()).isTrue();
    }

    @Test
    void onlyTheLatestChangesAreKeptAndAJumpPastThemIsLeftToTheDatabase() {
        feed.versions.put(7L, 1L);
        MapWatcher.Watch watch = watcher.join(7L, 1L);

        feed.versions.put(7L, 1L + MapWatcher.RECENT + 1);
        watcher.tick();

        assertThat(watch.version()).isEqualTo(1L + MapWatcher.RECENT + 1);
        assertThat(watch.since(1L)).isEmpty();
        assertThat(watch.since(watch.version()).orElseThrow()).isEmpty();
    }

    /** Revision rows 1..version of each map, counting the queries. */
    private static final class CountingFeed implements ChangeFeed {
        final Map<Long, Long> versions = new ConcurrentHashMap<>();
        final AtomicInteger versionQueries = new AtomicInteger();
        final AtomicInteger changeQueries = new AtomicInteger();

        @Override
        public Map<Long, Long> versions(Collection<Long> mapIds) {
            versionQueries.incrementAndGet();
            Map<Long, Long> found = new ConcurrentHashMap<>();
            mapIds.stream().filter(versions::containsKey).forEach(id -> found.put(id, versions.get(id)));
            return found;
        }

        @Override
        public List<MapChange> since(long mapId, long version, int limit) {
            changeQueries.incrementAndGet();
            return LongStream.rangeClosed(version + 1, versions.getOrDefault(mapId, 0L)).limit(limit)
                    .mapToObj(v -> new MapChange(v, "alice", Instant.EPOCH, "card.added", "Buy", "Added a card")).toList();
        }
    }
}

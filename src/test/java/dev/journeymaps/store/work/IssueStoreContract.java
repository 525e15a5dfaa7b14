package dev.journeymaps.store.work;

import dev.journeymaps.app.board.MapRepository;
import dev.journeymaps.domain.work.ActionableCard;
import dev.journeymaps.domain.work.CachedIssue;
import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.work.IssueLink;
import dev.journeymaps.domain.work.IssueSnapshot;
import dev.journeymaps.domain.board.LaneKind;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.MapDetails;
import dev.journeymaps.domain.board.MapTemplate;
import dev.journeymaps.domain.board.MapType;
import dev.journeymaps.domain.work.Progress;
import dev.journeymaps.domain.work.StatusCategory;
import dev.journeymaps.store.embedded.EmbeddedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The issue cache and issue links on Active Objects, run against each database we support. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class IssueStoreContract {
    private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-11-24T09:00:00Z");
    private static final AtomicLong IDS = new AtomicLong(50_000);

    private EmbeddedDatabase database;
    private MapRepository repository;
    private AoIssueCache cache;
    private AoIssueLinks links;

    protected abstract EmbeddedDatabase open() throws Exception;

    protected void shutDown() throws Exception {
    }

    @BeforeAll
    void openDatabase() throws Exception {
        database = open();
        repository = database.repository();
        cache = new AoIssueCache(database.session());
        links = new AoIssueLinks(database.session());
    }

    @AfterAll
    void closeDatabase() throws Exception {
        database.close();
        shutDown();
    }

    private static IssueSnapshot issue(long id, StatusCategory category, Instant at) {
        return new IssueSnapshot(id, "SHOP-" + id, "Summary " + id, "Epic", category.name(), category, "Priya", at,
                new Progress(2, 5));
    }

    @Test
    void theCacheStoresSnapshotsAndKeepsTheFirstDateAnIssueWasSeenDone() {
        long id = IDS.incrementAndGet();
        cache.put(List.of(issue(id, StatusCategory.DONE, MONDAY)));
        cache.put(List.of(issue(id, StatusCategory.DONE, TUESDAY)));

        CachedIssue cached = cache.get(List.of(id)).get(id);

        assertThat(cached.snapshot()).isEqualTo(issue(id, StatusCategory.DONE, TUESDAY));
        assertThat(cached.doneSince()).isEqualTo(MONDAY);
        cache.put(List.of(issue(id, StatusCategory.IN_PROGRESS, TUESDAY)));
        assertThat(cache.get(List.of(id)).get(id).doneSince()).isNull();
    }

    @Test
    void theCacheReadsAndWritesMoreIssuesThanOneInListHolds() {
        List<IssueSnapshot> many = LongStream.range(0, 1200).map(i -> IDS.incrementAndGet())
                .mapToObj(id -> issue(id, StatusCategory.TO_DO, MONDAY)).toList();

        cache.put(many);
        Map<Long, CachedIssue> read = cache.get(many.stream().map(IssueSnapshot::id).toList());

        assertThat(read).hasSize(1200);
        assertThat(cache.get(List.of(-1L))).isEmpty();
        assertThat(cache.put(List.of())).isEmpty();
    }

    @Test
    void theCachedIssuesOfAMapAreReadByTheMapThroughItsLinksWhateverTheirCount() {
        MapBoard board = mapWithPainPoint();
        MapBoard other = mapWithPainPoint();
        long card = board.cards().get(0).id();
        List<IssueSnapshot> linked = LongStream.range(0, 1200).map(i -> IDS.incrementAndGet())
                .mapToObj(id -> issue(id, StatusCategory.IN_PROGRESS, MONDAY)).toList();
        cache.put(linked);
        linked.forEach(issue -> links.add(new IssueLink(board.map().id(), card, issue.id(), issue.key(), "alice", MONDAY)));
        long elsewhere = IDS.incrementAndGet();
        cache.put(List.of(issue(elsewhere, StatusCategory.DONE, MONDAY)));
        links.add(new IssueLink(other.map().id(), other.cards().get(0).id(), elsewhere, "SHOP-" + elsewhere, "alice", MONDAY));
        long uncached = IDS.incrementAndGet();
        links.add(new IssueLink(board.map().id(), card, uncached, "SHOP-" + uncached, "alice", MONDAY));

        Map<Long, CachedIssue> read = cache.ofMap(board.map().id());

        assertThat(read).hasSize(1200).doesNotContainKeys(elsewhere, uncached);
        assertThat(read.get(linked.get(7).id()).snapshot()).isEqualTo(linked.get(7));
        assertThat(cache.ofMap(other.map().id())).containsOnlyKeys(elsewhere);
    }

    @Test
    void twoNodesRefreshingTheSameIssuesAtOnceLeaveOneRowPerIssueWithTheLatestStatus() throws Exception {
        List<Long> ids = LongStream.range(0, 50).map(i -> IDS.incrementAndGet()).boxed().toList();
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> refreshes = List.of(StatusCategory.IN_PROGRESS, StatusCategory.DONE).stream()
                    .<Future<?>>map(category -> nodes.submit(() -> {
                        together.await();
                        return cache.put(ids.stream().map(id -> issue(id, category, TUESDAY)).toList());
                    })).toList();
            for (Future<?> refresh : refreshes) {
                refresh.get(30, TimeUnit.SECONDS);
            }
        } finally {
            nodes.shutdownNow();
        }

        Map<Long, CachedIssue> read = cache.get(ids);
        assertThat(read).hasSize(50);
        assertThat(read.values().stream().map(c -> c.snapshot().statusCategory()).distinct().count())
                .as("one refresh won as a whole: no mix of the two").isEqualTo(1);
    }

    @Test
    void aCardLinksAnIssueOnceAndTheLinkCanBeRemoved() {
        MapBoard board = mapWithPainPoint();
        long mapId = board.map().id();
        long cardId = board.cards().get(0).id();
        IssueLink link = new IssueLink(mapId, cardId, 10_001, "SHOP-1", "alice", MONDAY);

        assertThat(links.add(link)).isTrue();
        assertThat(links.add(new IssueLink(mapId, cardId, 10_001, "SHOP-1", "bob", TUESDAY))).isFalse();

        assertThat(links.ofMap(mapId)).containsExactly(link);
        assertThat(links.ofMaps(List.of(mapId, -5L))).containsExactly(link);
        assertThat(links.ofIssue(10_001)).contains(link);
        assertThat(links.remove(mapId, cardId, 10_001)).isTrue();
        assertThat(links.remove(mapId, cardId, 10_001)).isFalse();
        assertThat(links.ofMap(mapId)).isEmpty();
    }

    @Test
    void oneLinkIsReadByItsCardAndIssueAndOnlyOnItsOwnMap() {
        MapBoard board = mapWithPainPoint();
        long mapId = board.map().id();
        long cardId = board.cards().get(0).id();
        IssueLink first = new IssueLink(mapId, cardId, 10_011, "SHOP-11", "alice", MONDAY);
        IssueLink second = new IssueLink(mapId, cardId, 10_012, "SHOP-12", "bob", TUESDAY);
        links.add(first);
        links.add(second);

        assertThat(links.link(mapId, cardId, 10_012)).contains(second);
        assertThat(links.link(mapId, cardId, 10_011)).contains(first);
        assertThat(links.link(mapId, cardId, 10_013)).isEmpty();
        assertThat(links.link(mapId + 1_000, cardId, 10_011)).as("another map's card id never matches").isEmpty();
        links.remove(mapId, cardId, 10_011);
        assertThat(links.link(mapId, cardId, 10_011)).isEmpty();
        assertThat(links.link(mapId, cardId, 10_012)).contains(second);
    }

    @Test
    void deletingAMapDeletesItsLinks() {
        MapBoard board = mapWithPainPoint();
        links.add(new IssueLink(board.map().id(), board.cards().get(0).id(), 10_002, "SHOP-2", "alice", MONDAY));

        repository.deleteMap(board.map().id(), board.version());

        assertThat(links.ofMap(board.map().id())).isEmpty();
    }

    @Test
    void deletingACardItsStageOrItsLaneDeletesItsLinksAndNotOthers() {
        MapBoard byCard = mapWithPainPoint();
        MapBoard byStage = mapWithPainPoint();
        MapBoard byLane = mapWithPainPoint();
        MapBoard untouched = mapWithPainPoint();
        for (MapBoard board : List.of(byCard, byStage, byLane, untouched)) {
            links.add(new IssueLink(board.map().id(), board.cards().get(0).id(), 10_003, "SHOP-3", "alice", MONDAY));
        }

        repository.change(byCard.map().id(), 2, "alice", TUESDAY, writer -> {
            writer.deleteCard(byCard.cards().get(0).id());
            return null;
        });
        repository.change(byStage.map().id(), 2, "alice", TUESDAY, writer -> {
            writer.deleteStage(byStage.cards().get(0).stageId());
            return null;
        });
        repository.change(byLane.map().id(), 2, "alice", TUESDAY, writer -> {
            writer.deleteLane(byLane.cards().get(0).laneId());
            return null;
        });

        assertThat(links.ofIssue(10_003)).extracting(IssueLink::mapId).containsExactly(untouched.map().id());
    }

    @Test
    void actionableCardsAreThePainPointsAndOpportunitiesOfEachMap() {
        MapBoard one = mapWithPainPoint();
        MapBoard two = mapWithPainPoint();

        List<ActionableCard> cards = new AoActionableCards(database.session()).of(List.of(one.map().id(), two.map().id()));

        assertThat(cards).extracting(ActionableCard::mapId).containsExactlyInAnyOrder(one.map().id(), two.map().id());
        assertThat(cards).allSatisfy(card -> assertThat(card.kind()).isEqualTo(LaneKind.PAIN_POINTS));
    }

    /** A current-state map with one card in its pain points lane and one in its touchpoints lane. */
    private MapBoard mapWithPainPoint() {
        long mapId = repository.createMap("LINKS", new MapDetails("Map", MapType.CURRENT_STATE, null, "alice"),
                MapTemplate.of(MapType.CURRENT_STATE), "alice", MONDAY).id();
        MapBoard board = repository.loadBoard(mapId).orElseThrow();
        long pain = board.lanes().stream().filter(l -> l.kind() == LaneKind.PAIN_POINTS).findFirst().orElseThrow().id();
        repository.change(mapId, 1, "alice", MONDAY, writer -> {
            writer.insertCard(pain, board.stages().get(0).id(), 0, new Card.Content("Slow signup", ""));
            writer.insertCard(board.lanes().get(0).id(), board.stages().get(0).id(), 0, new Card.Content("Website", ""));
            return null;
        });
        MapBoard loaded = repository.loadBoard(mapId).orElseThrow();
        return new MapBoard(loaded.map(), loaded.stages(), loaded.lanes(),
                loaded.cards().stream().filter(card -> card.laneId() == pain).toList());
    }
}

package dev.journeymaps.app.work;

import dev.journeymaps.app.Actor;
import dev.journeymaps.app.AppFixture;
import dev.journeymaps.app.board.CardEvidence;
import dev.journeymaps.app.board.MapCatalog;
import dev.journeymaps.app.InMemoryStewardship;
import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.LaneKind;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.MapDetails;
import dev.journeymaps.domain.board.MapType;
import dev.journeymaps.domain.work.ActionState;
import dev.journeymaps.domain.work.CachedIssue;
import dev.journeymaps.domain.work.IssueLink;
import dev.journeymaps.domain.work.IssueSnapshot;
import dev.journeymaps.domain.work.StatusCategory;
import dev.journeymaps.store.embedded.DatabaseConfig;
import dev.journeymaps.store.embedded.EmbeddedDatabase;
import dev.journeymaps.store.work.AoActionableCards;
import dev.journeymaps.store.work.AoIssueCache;
import dev.journeymaps.store.work.AoIssueLinks;
import dev.journeymaps.testing.FetchOnlyTracker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The map page's reads kept between views ({@link MapReads}), through the real store: an unchanged map is read once
 * and readers who see the same issues share one {@link MapWork}; a write to the map, an issue refreshed from Jira, a
 * reader Jira hides an issue from and a new link are each seen at once — never an older or another reader's view.
 */
class MapReadsTest {
    private static final Actor ALICE = new Actor("alice", "Alice");
    private static final Actor BOB = new Actor("bob", "Bob");

    @TempDir
    Path dataDir;
    private EmbeddedDatabase database;
    private final ExecutorService pool = Executors.newCachedThreadPool();
    /** What Jira says now, by issue id; Bob may see none of them. */
    private final Map<Long, IssueSnapshot> jira = new ConcurrentHashMap<>();
    private final AtomicInteger linkReads = new AtomicInteger();
    private IssueStatusRefresher refresher;
    private WorkStatusReader reader;
    private AoIssueLinks links;

    @BeforeEach
    void open() {
        database = EmbeddedDatabase.open(DatabaseConfig.h2File(dataDir));
        links = new AoIssueLinks(database.session());
        refresher = new IssueStatusRefresher(new AoIssueCache(database.session()),
                actor -> new FetchOnlyTracker(ids -> actor.equals(ALICE)
                        ? ids.stream().filter(jira::containsKey).map(jira::get).toList() : List.of()),
                new RefreshPolicy(Duration.ofMinutes(5), Duration.ofSeconds(10), pool), Clock.systemUTC());
        IssueLinks counted = new IssueLinks() {
            @Override
            public List<IssueLink> ofMap(long mapId) {
                linkReads.incrementAndGet();
                return links.ofMap(mapId);
            }

            @Override
            public List<IssueLink> ofMaps(Collection<Long> mapIds) {
                return links.ofMaps(mapIds);
            }

            @Override
            public List<IssueLink> ofIssue(long issueId) {
                return links.ofIssue(issueId);
            }

            @Override
            public boolean add(IssueLink link) {
                return links.add(link);
            }

            @Override
            public boolean remove(long mapId, long cardId, long issueId) {
                return links.remove(mapId, cardId, issueId);
            }
        };
        reader = new WorkStatusReader(database.repository(), new AppFixture.Policy(), counted,
                new AoActionableCards(database.session()), CardEvidence.NONE, refresher);
    }

    @AfterEach
    void close() {
        pool.shutdownNow();
        database.close();
    }

    private static IssueSnapshot issue(long id, String key, String status, StatusCategory category) {
        return new IssueSnapshot(id, key, "Summary of " + key, "Story", status, category, "Priya", Instant.now());
    }

    /** A map with one pain point linked to SHOP-1 (In Progress in Jira). */
    private MapBoard mapWithALinkedPainPoint() {
        MapCatalog catalog = new MapCatalog(database.repository(), database.personas(), new AppFixture.Policy(),
                new InMemoryStewardship(), Clock.systemUTC());
        MapBoard board = catalog.createMap(ALICE, "SHOP", new MapDetails("Checkout", MapType.CURRENT_STATE, null, ""));
        jira.put(20001L, issue(20001, "SHOP-1", "In Progress", StatusCategory.IN_PROGRESS));
        addLinkedCard(board.map().id(), "Checkout asks for an account", 20001, "SHOP-1");
        return board;
    }

    private void addLinkedCard(long mapId, String text, long issueId, String key) {
        MapBoard board = database.repository().loadBoard(mapId).orElseThrow();
        long pain = board.lanes().stream().filter(l -> l.kind() == LaneKind.PAIN_POINTS).findFirst().orElseThrow().id();
        database.repository().change(mapId, board.version(), "alice", Instant.now(), writer -> {
            long card = writer.insertCard(pain, board.stages().get(0).id(), board.cards().size(), new Card.Content(text, ""));
            return links.add(new IssueLink(mapId, card, issueId, key, "alice", Instant.now()));
        });
    }

    private static Map<Long, String> keys(MapWork work) {
        Map<Long, String> keys = new HashMap<>();
        work.status().issues().forEach((id, cached) -> keys.put(id, cached.snapshot().key()));
        return keys;
    }

    @Test
    void anUnchangedMapIsReadOnceAndReadersWhoSeeTheSameShareOneView() {
        long mapId = mapWithALinkedPainPoint().map().id();
        reader.mapStatus(ALICE, mapId); // Jira confirms SHOP-1 for Alice: its answer is written to the cache

        MapWork first = reader.mapStatus(ALICE, mapId);
        MapWork second = reader.mapStatus(ALICE, mapId);

        assertThat(linkReads).as("the links of an unchanged map are read once").hasValue(1);
        assertThat(second).as("the same view of the same rows is built once").isSameAs(first);
        assertThat(keys(second)).containsEntry(20001L, "SHOP-1");
    }

    @Test
    void aWriteToTheMapIsSeenAtOnce() {
        long mapId = mapWithALinkedPainPoint().map().id();
        MapWork before = reader.mapStatus(ALICE, mapId);

        jira.put(20002L, issue(20002, "SHOP-2", "To Do", StatusCategory.TO_DO));
        addLinkedCard(mapId, "Delivery costs show late", 20002, "SHOP-2");
        MapWork after = reader.mapStatus(ALICE, mapId);

        assertThat(before.board().cards()).hasSize(1);
        assertThat(after.board().cards()).extracting(card -> card.text())
                .containsExactlyInAnyOrder("Checkout asks for an account", "Delivery costs show late");
        assertThat(after.board().version()).isGreaterThan(before.board().version());
        assertThat(keys(after)).containsEntry(20001L, "SHOP-1").containsEntry(20002L, "SHOP-2");
        assertThat(linkReads).hasValue(2);
    }

    @Test
    void anIssueRefreshedFromJiraIsSeenAtOnce() {
        long mapId = mapWithALinkedPainPoint().map().id();
        MapWork before = reader.mapStatus(ALICE, mapId);
        assertThat(before.status().cards().get(0).state()).isEqualTo(ActionState.IN_PROGRESS);

        // Alice creates or links the issue again elsewhere: Jira's answer lands in the cache (a write of the cache).
        refresher.seen(ALICE, issue(20001, "SHOP-1", "Done", StatusCategory.DONE));
        MapWork after = reader.mapStatus(ALICE, mapId);

        assertThat(after).isNotSameAs(before);
        assertThat(after.status().issues().get(20001L).snapshot().statusName()).isEqualTo("Done");
        assertThat(after.status().cards().get(0).state().isWorkDone()).isTrue();
        assertThat(linkReads).as("the map itself did not change").hasValue(1);
    }

    @Test
    void aReaderJiraHidesTheIssueFromNeverGetsAnotherReadersView() {
        long mapId = mapWithALinkedPainPoint().map().id();
        reader.mapStatus(ALICE, mapId); // Jira confirms SHOP-1 for Alice: its answer is written to the cache

        MapWork alices = reader.mapStatus(ALICE, mapId);
        MapWork bobs = reader.mapStatus(BOB, mapId);
        MapWork alicesAgain = reader.mapStatus(ALICE, mapId);

        assertThat(keys(alices)).containsEntry(20001L, "SHOP-1");
        assertThat(bobs).isNotSameAs(alices);
        assertThat(keys(bobs)).doesNotContainValue("SHOP-1");
        assertThat(bobs.status().links().values().stream().flatMap(List::stream).map(IssueLink::issueKey)).containsOnly("");
        assertThat(bobs.status().absent()).containsKey(20001L);
        assertThat(alicesAgain).isSameAs(alices);
    }

    @Test
    void issueRowsAreReadAgainWhenTheCacheWasWrittenTheLinkedIssuesChangedOrWritesAreNotKnown() {
        AtomicInteger reads = new AtomicInteger();
        long[] writes = {7};
        IssueCache cache = new IssueCache() {
            @Override
            public Map<Long, CachedIssue> get(Collection<Long> issueIds) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Map<Long, CachedIssue> ofMap(long mapId) {
                reads.incrementAndGet();
                return Map.of();
            }

            @Override
            public Map<Long, CachedIssue> put(Collection<IssueSnapshot> fresh) {
                throw new UnsupportedOperationException();
            }

            @Override
            public long writes() {
                return writes[0];
            }
        };
        MapReads.IssueRows rows = new MapReads.IssueRows();

        rows.of(1, List.of(10L, 11L), cache);
        rows.of(1, List.of(10L, 11L), cache);
        assertThat(reads).as("nothing changed").hasValue(1);
        rows.of(2, List.of(10L, 11L), cache);
        assertThat(reads).as("another map").hasValue(2);
        rows.of(1, List.of(10L, 11L, 12L), cache);
        assertThat(reads).as("a new link").hasValue(3);
        writes[0] = 8;
        rows.of(1, List.of(10L, 11L, 12L), cache);
        assertThat(reads).as("the cache was written").hasValue(4);
        writes[0] = -1;
        rows.of(1, List.of(10L, 11L, 12L), cache);
        rows.of(1, List.of(10L, 11L, 12L), cache);
        assertThat(reads).as("writes not known: never reused").hasValue(6);
    }
}

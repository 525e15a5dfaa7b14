package dev.journeymaps.store.work;

import dev.journeymaps.store.StatementCounter;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.board.CardEvidence;
import dev.journeymaps.app.work.IssueStatusRefresher;
import dev.journeymaps.app.work.tracker.IssueTracker;
import dev.journeymaps.app.work.tracker.IssueTrackers;
import dev.journeymaps.app.board.MapRepository;
import dev.journeymaps.app.work.MapWork;
import dev.journeymaps.app.work.RefreshPolicy;
import dev.journeymaps.app.work.WorkStatusReader;
import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.work.IssueLink;
import dev.journeymaps.domain.work.IssueSnapshot;
import dev.journeymaps.domain.board.LaneKind;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.MapDetails;
import dev.journeymaps.domain.board.MapTemplate;
import dev.journeymaps.domain.board.MapType;
import dev.journeymaps.domain.work.StatusCategory;
import dev.journeymaps.store.embedded.DatabaseConfig;
import dev.journeymaps.store.embedded.EmbeddedDatabase;
import dev.journeymaps.testing.AllowAll;
import dev.journeymaps.testing.FetchOnlyTracker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The map status costs the same statements for 5 linked issues as for 500, and refreshing them is ONE
 * batched tracker call whose rows are rewritten with one DELETE and one batched INSERT, whatever the count.
 */
class MapStatusStatementsTest {
    private static final Instant THEN = Instant.parse("2026-11-28T08:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final Actor ALICE = new Actor("alice", "Alice");
    private static final AtomicLong ISSUE_IDS = new AtomicLong(70_000);

    @TempDir
    Path dataDir;
    private final StatementCounter counter = new StatementCounter();
    /** Every fetch, by the ids asked for; it answers with every issue asked for, as Jira would. */
    private final List<List<Long>> fetches = new ArrayList<>();
    private final IssueTracker tracker = new FetchOnlyTracker(issueIds -> {
        fetches.add(List.copyOf(issueIds));
        return issueIds.stream().map(id -> issue(id, StatusCategory.IN_PROGRESS, NOW)).toList();
    });
    private EmbeddedDatabase database;
    private MapRepository repository;
    private AoIssueLinks links;
    private AoIssueCache cache;
    private WorkStatusReader reader;

    private static IssueSnapshot issue(long id, StatusCategory category, Instant at) {
        return new IssueSnapshot(id, "SHOP-" + id, "Issue " + id, "Story", category.name(), category, "", at);
    }

    @BeforeEach
    void open() {
        database = EmbeddedDatabase.open(DatabaseConfig.h2File(dataDir), counter::wrap);
        repository = database.repository();
        links = new AoIssueLinks(database.session());
        cache = new AoIssueCache(database.session());
        IssueStatusRefresher refresher = new IssueStatusRefresher(cache, IssueTrackers.single(tracker),
                RefreshPolicy.inline(Duration.ofMinutes(5)), Clock.fixed(NOW, ZoneOffset.UTC));
        reader = new WorkStatusReader(repository, AllowAll.POLICY, links, new AoActionableCards(database.session()),
                CardEvidence.NONE, refresher);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aMapWith500LinkedIssuesRefreshesInOneBatchedFetchAndReadsInAsManyStatementsAsAMapWith5() {
        long small = mapWithLinkedIssues(5);
        long large = mapWithLinkedIssues(500);

        counter.reset();
        MapWork smallRefresh = reader.mapStatus(ALICE, small);
        int smallRefreshStatements = counter.count();
        counter.reset();
        MapWork largeRefresh = reader.mapStatus(ALICE, large);
        int largeRefreshStatements = counter.count();

        assertThat(fetches).hasSize(2);
        assertThat(fetches.get(1)).hasSize(500);
        assertThat(largeRefresh.freshness().stale()).isFalse();
        assertThat(largeRefresh.status().map().inProgress()).isEqualTo(500);
        assertThat(smallRefresh.status().map().inProgress()).isEqualTo(5);

        counter.reset();
        reader.mapStatus(ALICE, small);
        int smallRead = counter.count();
        counter.reset();
        MapWork largeFromCache = reader.mapStatus(ALICE, large);
        int largeRead = counter.count();

        System.out.printf("Map status statements: fresh cache 5 issues = %d, 500 issues = %d; "
                        + "refresh 5 issues = %d, 500 issues = %d (one tracker fetch each)%n",
                smallRead, largeRead, smallRefreshStatements, largeRefreshStatements);
        assertThat(fetches).as("no refresh while the cache is fresh").hasSize(2);
        assertThat(largeFromCache.status().map().inProgress()).as("the refreshed statuses were stored").isEqualTo(500);
        assertThat(largeRead).isEqualTo(smallRead).isLessThanOrEqualTo(8);
        // Every refreshed row changed (To Do -> In Progress) and was rewritten, still in a fixed number of statements: a
        // first view's reads (at most 8; a later view of the unchanged map reads less, MapReads) and at most 4 writes.
        assertThat(largeRefreshStatements).isEqualTo(smallRefreshStatements).isLessThanOrEqualTo(8 + 4);
    }

    @Test
    void aMapViewReadsAsManyStatementsFor5000LinkedIssuesAsFor5() {
        long small = mapWithLinkedIssues(5, NOW);
        long large = mapWithLinkedIssues(5000, NOW);
        reader.mapStatus(ALICE, small); // Jira confirms the issues for Alice, once per map
        reader.mapStatus(ALICE, large);

        counter.reset();
        MapWork smallView = reader.mapStatus(ALICE, small);
        int smallRead = counter.count();
        counter.reset();
        MapWork largeView = reader.mapStatus(ALICE, large);
        int largeRead = counter.count();

        System.out.printf("Map status statements, fresh cache: 5 linked issues = %d, 5,000 = %d%n", smallRead, largeRead);
        assertThat(largeView.status().map().inProgress()).isEqualTo(5000);
        assertThat(largeView.linkedWork()).hasSize(5000);
        assertThat(smallView.status().map().inProgress()).isEqualTo(5);
        assertThat(fetches).as("a fresh, confirmed cache asks Jira nothing more").hasSize(2);
        assertThat(largeRead).as("links and cache are read by map, not in IN lists of the map's issues").isEqualTo(smallRead);
    }

    private long mapWithLinkedIssues(int count) {
        return mapWithLinkedIssues(count, THEN);
    }

    /**
     * A map with {@code count} pain points, each linked to its own issue, cached as of {@code cachedAt} (stale at THEN;
     * fresh, but never confirmed for anyone, at NOW — so the first view still confirms them in one fetch).
     */
    private long mapWithLinkedIssues(int count, Instant cachedAt) {
        long mapId = repository.createMap("STAT", new MapDetails("Map", MapType.CURRENT_STATE, null, "alice"),
                MapTemplate.of(MapType.CURRENT_STATE), "alice", THEN).id();
        MapBoard board = repository.loadBoard(mapId).orElseThrow();
        long pain = board.lanes().stream().filter(l -> l.kind() == LaneKind.PAIN_POINTS).findFirst().orElseThrow().id();
        List<IssueSnapshot> stale = new ArrayList<>();
        repository.change(mapId, 1, "alice", THEN, writer -> {
            for (int i = 0; i < count; i++) {
                long cardId = writer.insertCard(pain, board.stages().get(i % board.stages().size()).id(), i / board.stages().size(),
                        new Card.Content("Pain " + i, ""));
                long issueId = ISSUE_IDS.incrementAndGet();
                links.add(new IssueLink(mapId, cardId, issueId, "SHOP-" + issueId, "alice", THEN));
                stale.add(issue(issueId, cachedAt == NOW ? StatusCategory.IN_PROGRESS : StatusCategory.TO_DO, cachedAt));
            }
            return null;
        });
        cache.put(stale);
        return mapId;
    }
}

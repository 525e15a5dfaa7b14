package dev.journeymaps.app.work;

import dev.journeymaps.app.InMemoryStewardship;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.AppFixture;
import dev.journeymaps.app.board.CardEvidence;
import dev.journeymaps.app.board.MapCatalog;
import dev.journeymaps.app.work.tracker.IssueTrackers;
import dev.journeymaps.domain.work.ActionState;
import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.work.IssueLink;
import dev.journeymaps.domain.work.IssueSnapshot;
import dev.journeymaps.domain.board.LaneKind;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.MapDetails;
import dev.journeymaps.domain.board.MapType;
import dev.journeymaps.domain.work.StatusCategory;
import dev.journeymaps.jirarest.JiraConnection;
import dev.journeymaps.jirarest.JiraRestClient;
import dev.journeymaps.store.work.AoActionableCards;
import dev.journeymaps.store.work.AoIssueCache;
import dev.journeymaps.store.work.AoIssueLinks;
import dev.journeymaps.store.embedded.DatabaseConfig;
import dev.journeymaps.store.embedded.EmbeddedDatabase;
import dev.journeymaps.testing.DeadJira;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With Jira unreachable or hanging, through the real {@link JiraRestClient}, a map's status comes from the cache within
 * the refresh's time bound, marked, with the as-of time of the cached data — but only the issues Jira confirmed for
 * this user (here: Alice linked SHOP-1 herself, so it is confirmed for her). Bob, for whom Jira never confirmed SHOP-1,
 * gets it withheld: no key, summary or status (issue 10.2; this test asserted the opposite before).
 */
class WorkStatusWithJiraDownTest {
    private static final Instant YESTERDAY = Instant.now().minus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    private static final Actor ALICE = new Actor("alice", "Alice");
    private static final Actor BOB = new Actor("bob", "Bob");

    @TempDir
    Path dataDir;
    private EmbeddedDatabase database;
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private IssueStatusRefresher refresher;

    @BeforeEach
    void open() {
        database = EmbeddedDatabase.open(DatabaseConfig.h2File(dataDir));
    }

    @AfterEach
    void close() throws IOException {
        pool.shutdownNow();
        database.close();
    }

    private WorkStatusReader reader(URI jira) {
        JiraRestClient client = new JiraRestClient(JiraConnection.dataCenter(jira, "pat")
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(30)));
        refresher = new IssueStatusRefresher(new AoIssueCache(database.session()), IssueTrackers.single(client),
                new RefreshPolicy(Duration.ofMinutes(5), Duration.ofMillis(2500), pool), Clock.systemUTC());
        return new WorkStatusReader(database.repository(), new AppFixture.Policy(), new AoIssueLinks(database.session()),
                new AoActionableCards(database.session()), CardEvidence.NONE, refresher);
    }

    /** A map whose pain point links SHOP-1, In Progress when fetched yesterday; Alice linked it (Jira confirmed it for her). */
    private long mapLinkedToAStaleIssue() {
        MapCatalog catalog = new MapCatalog(database.repository(), database.personas(), new AppFixture.Policy(), new InMemoryStewardship(), Clock.systemUTC());
        MapBoard board = catalog.createMap(ALICE, "SHOP", new MapDetails("Checkout", MapType.CURRENT_STATE, null, ""));
        long pain = board.lanes().stream().filter(l -> l.kind() == LaneKind.PAIN_POINTS).findFirst().orElseThrow().id();
        long mapId = board.map().id();
        AoIssueLinks links = new AoIssueLinks(database.session());
        database.repository().change(mapId, board.version(), "alice", Instant.now(), writer -> {
            long card = writer.insertCard(pain, board.stages().get(0).id(), 0, new Card.Content("Checkout asks for an account", ""));
            return links.add(new IssueLink(mapId, card, 20001, "SHOP-1", "alice", YESTERDAY));
        });
        refresher.seen(ALICE, new IssueSnapshot(20001, "SHOP-1", "Faster checkout", "Story",
                "In Progress", StatusCategory.IN_PROGRESS, "Priya", YESTERDAY));
        return mapId;
    }

    @Test
    void aClosedJiraPortShowsWhatJiraConfirmedForTheUserFromTheCacheMarkedUnavailable() throws IOException {
        WorkStatusReader reader = reader(DeadJira.closedPort());
        long mapId = mapLinkedToAStaleIssue();

        MapWork work = reader.mapStatus(ALICE, mapId);

        assertThat(work.freshness().jiraUnavailable()).isTrue();
        assertThat(work.freshness().stale()).isTrue();
        assertThat(work.freshness().asOf()).isEqualTo(YESTERDAY);
        assertThat(work.status().cards().get(0).state()).isEqualTo(ActionState.IN_PROGRESS);
        assertThat(work.status().issues().get(20001L).snapshot().assignee()).isEqualTo("Priya");
    }

    @Test
    void aClosedJiraPortWithholdsTheIssueFromAUserJiraNeverConfirmedItFor() throws IOException {
        WorkStatusReader reader = reader(DeadJira.closedPort());
        long mapId = mapLinkedToAStaleIssue();

        MapWork work = reader.mapStatus(BOB, mapId);

        assertThat(work.freshness().jiraUnavailable()).isTrue();
        IssueSnapshot shown = work.status().issues().get(20001L).snapshot();
        assertThat(shown.key()).isEmpty();
        assertThat(shown.summary()).isEmpty();
        assertThat(shown.statusName()).isEmpty();
        assertThat(work.status().links().values().stream().flatMap(List::stream).map(IssueLink::issueKey)).containsOnly("");
        assertThat(work.status().cards().get(0).state()).as("a status nobody confirmed is not shown").isEqualTo(ActionState.PLANNED);
    }

    @Test
    void aJiraThatAcceptsButNeverAnswersHoldsTheViewOnlyUntilTheRefreshBound() throws IOException {
        DeadJira silent = DeadJira.silent();
        WorkStatusReader reader = reader(silent.uri());
        long mapId = mapLinkedToAStaleIssue();

        MapWork work = reader.mapStatus(ALICE, mapId);
        MapWork bobs = reader.mapStatus(BOB, mapId);
        silent.close();

        // The bound is proven by the path taken (the refresh's own timeout), not by a stopwatch.
        assertThat(work.freshness().jiraUnavailable()).isTrue();
        assertThat(work.freshness().problem()).isEqualTo("Jira did not answer within 2500 ms.");
        assertThat(work.freshness().asOf()).isEqualTo(YESTERDAY);
        assertThat(work.status().issues().get(20001L).snapshot().key()).isEqualTo("SHOP-1");
        assertThat(bobs.status().issues().get(20001L).snapshot().key()).isEmpty();
    }
}

package dev.journeymaps.app.work;

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
 * With Jira unreachable or hanging, through the real {@link JiraRestClient}, a map's status comes from the
 * cache within the refresh's time bound, marked, with the as-of time of the cached data.
 */
class WorkStatusWithJiraDownTest {
    private static final Instant YESTERDAY = Instant.now().minus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    private static final Actor ALICE = new Actor("alice", "Alice");

    @TempDir
    Path dataDir;
    private EmbeddedDatabase database;
    private final ExecutorService pool = Executors.newCachedThreadPool();

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
        IssueStatusRefresher refresher = new IssueStatusRefresher(new AoIssueCache(database.session()),
                IssueTrackers.single(client), new RefreshPolicy(Duration.ofMinutes(5), Duration.ofMillis(2500), pool),
                Clock.systemUTC());
        return new WorkStatusReader(database.repository(), new AppFixture.Policy(), new AoIssueLinks(database.session()),
                new AoActionableCards(database.session()), CardEvidence.NONE, refresher);
    }

    /** A map whose pain point links SHOP-1, cached yesterday as In Progress. */
    private long mapLinkedToAStaleIssue() {
        MapCatalog catalog = new MapCatalog(database.repository(), database.personas(), new AppFixture.Policy(), Clock.systemUTC());
        MapBoard board = catalog.createMap(ALICE, "SHOP", new MapDetails("Checkout", MapType.CURRENT_STATE, null, ""));
        long pain = board.lanes().stream().filter(l -> l.kind() == LaneKind.PAIN_POINTS).findFirst().orElseThrow().id();
        long mapId = board.map().id();
        AoIssueLinks links = new AoIssueLinks(database.session());
        database.repository().change(mapId, board.version(), "alice", Instant.now(), writer -> {
            long card = writer.insertCard(pain, board.stages().get(0).id(), 0, new Card.Content("Checkout asks for an account", ""));
            return links.add(new IssueLink(mapId, card, 20001, "SHOP-1", "alice", YESTERDAY));
        });
        new AoIssueCache(database.session()).put(List.of(new IssueSnapshot(20001, "SHOP-1", "Faster checkout", "Story",
                "In Progress", StatusCategory.IN_PROGRESS, "Priya", YESTERDAY)));
        return mapId;
    }


    @Test
    void aClosedJiraPortShowsTheCachedStatusMarkedUnavailable() throws IOException {
        long mapId = mapLinkedToAStaleIssue();
        WorkStatusReader reader = reader(DeadJira.closedPort());

        long started = System.nanoTime();
        MapWork work = reader.mapStatus(ALICE, mapId);
        long millis = (System.nanoTime() - started) / 1_000_000;

        System.out.printf("Map status with Jira's port closed: %d ms%n", millis);
        assertThat(millis).isLessThan(5000);
        assertThat(work.freshness().jiraUnavailable()).isTrue();
        assertThat(work.freshness().stale()).isTrue();
        assertThat(work.freshness().asOf()).isEqualTo(YESTERDAY);
        assertThat(work.status().cards().get(0).state()).isEqualTo(ActionState.IN_PROGRESS);
        assertThat(work.status().issues().get(20001L).snapshot().assignee()).isEqualTo("Priya");
    }

    @Test
    void aJiraThatAcceptsButNeverAnswersHoldsTheViewNoLongerThanTheRefreshBound() throws IOException {
        long mapId = mapLinkedToAStaleIssue();
        DeadJira silent = DeadJira.silent();
        WorkStatusReader reader = reader(silent.uri());

        long started = System.nanoTime();
        MapWork work = reader.mapStatus(ALICE, mapId);
        long millis = (System.nanoTime() - started) / 1_000_000;
        silent.close();

        System.out.printf("Map status with a silent Jira: %d ms%n", millis);
        assertThat(millis).isBetween(2000L, 5000L);
        assertThat(work.freshness().jiraUnavailable()).isTrue();
        assertThat(work.freshness().problem()).contains("did not answer");
        assertThat(work.freshness().asOf()).isEqualTo(YESTERDAY);
    }
}

package dev.journeymaps.standalone;

import dev.journeymaps.web.LocaleFormats;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.board.CardEvidence;
import dev.journeymaps.app.work.IssueStatusRefresher;
import dev.journeymaps.app.work.tracker.IssueTrackers;
import dev.journeymaps.app.board.MapCatalog;
import dev.journeymaps.app.board.PersonaDirectory;
import dev.journeymaps.app.work.RefreshPolicy;
import dev.journeymaps.app.work.WorkStatusReader;
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
import dev.journeymaps.web.IssueUrls;
import dev.journeymaps.web.page.MapPagesServlet;
import dev.journeymaps.testing.DeadJira;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.time.ZoneOffset;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The map page, through {@link MapPagesServlet} with the real reader, cache and {@link JiraRestClient}, when Jira is
 * closed or silent: it renders from the cache (the refresh waits its 2.5 s bound at most), with the linked issue's lozenge and an AUI warning
 * giving the as-of time.
 */
class MapPageWithJiraDownTest {
    private static final Instant YESTERDAY = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES);
    private static final Actor ALICE = LocalUser.ACTOR;

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

    private MapPagesServlet servlet(URI jira) {
        LocalUser everyone = new LocalUser();
        JiraRestClient client = new JiraRestClient(JiraConnection.dataCenter(jira, "pat")
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(30)));
        refresher = new IssueStatusRefresher(new AoIssueCache(database.session()), IssueTrackers.single(client),
                new RefreshPolicy(Duration.ofMinutes(5), RefreshPolicy.DEFAULT_MAX_WAIT, pool), Clock.systemUTC());
        WorkStatusReader reader = new WorkStatusReader(database.repository(), everyone, new AoIssueLinks(database.session()),
                new AoActionableCards(database.session()), CardEvidence.NONE, refresher);
        return new MapPagesServlet(new MapCatalog(database.repository(), database.personas(), everyone, LocalDirectory.withDemoTeam(), Clock.systemUTC()),
                new PersonaDirectory(database.personas(), database.repository(), everyone), new VelocityViewRenderer(),
                request -> "", request -> ALICE, new BundleMessages(),
                Stewardship.of(database, everyone, Clock.systemUTC(), LocalDirectory.withDemoTeam()).pages(),
                reader, IssueUrls.under(jira.toString()), new BrowserFormats(ZoneOffset.UTC), null);
    }

    /** A map whose pain point links SHOP-1, cached yesterday as In Progress. */
    private long mapLinkedToAStaleIssue() {
        MapCatalog catalog = new MapCatalog(database.repository(), database.personas(), new LocalUser(), LocalDirectory.withDemoTeam(), Clock.systemUTC());
        MapBoard board = catalog.createMap(ALICE, "SHOP", new MapDetails("Checkout", MapType.CURRENT_STATE, null, ""));
        long pain = board.lanes().stream().filter(l -> l.kind() == LaneKind.PAIN_POINTS).findFirst().orElseThrow().id();
        long mapId = board.map().id();
        AoIssueLinks links = new AoIssueLinks(database.session());
        database.repository().change(mapId, board.version(), "alice", Instant.now(), writer -> {
            long card = writer.insertCard(pain, board.stages().get(0).id(), 0, new Card.Content("Checkout asks for an account", ""));
            return links.add(new IssueLink(mapId, card, 20001, "SHOP-1", "alice", YESTERDAY));
        });
        // Linked by this user: Jira confirmed the issue for them (an unconfirmed one is withheld, see HiddenIssueTest).
        refresher.seen(ALICE, new IssueSnapshot(20001, "SHOP-1", "Guest checkout", "Story",
                "In Progress", StatusCategory.IN_PROGRESS, "Priya", YESTERDAY));
        return mapId;
    }

    private static String page(MapPagesServlet servlet, long mapId) throws IOException, ServletException {
        HttpServletRequest request = mock(HttpServletRequest.class);
        HttpServletResponse response = mock(HttpServletResponse.class);
        StringWriter body = new StringWriter();
        when(request.getMethod()).thenReturn("GET");
        when(request.getContextPath()).thenReturn("");
        when(request.getPathInfo()).thenReturn("/map/" + mapId);
        when(response.getWriter()).thenReturn(new PrintWriter(body));
        servlet.service(request, response);
        return body.toString();
    }

    private static String asOf() {
        return new LocaleFormats(Locale.ENGLISH, ZoneOffset.UTC).dateTime(YESTERDAY);
    }


    @Test
    void withJirasPortClosedTheMapRendersFromTheCacheWithinFiveSecondsAndWarnsAsOfTheCachedTime() throws Exception {
        MapPagesServlet servlet = servlet(DeadJira.closedPort());
        long mapId = mapLinkedToAStaleIssue();

        long started = System.nanoTime();
        String html = page(servlet, mapId);
        long millis = (System.nanoTime() - started) / 1_000_000;

        System.out.printf("Map page with Jira down: %d ms (not asserted: the bound is the refresh's own timeout)%n", millis);
        assertThat(html).contains("class=\"aui-message aui-message-warning jm-work-warning\"", "as of " + asOf())
                .contains("<span class=\"aui-lozenge aui-lozenge-current jm-status-lozenge\">In Progress</span>")
                .contains("/browse/SHOP-1\"", "data-action-state=\"in-progress\"");
    }

    @Test
    void withASilentJiraTheMapStillRendersWithinFiveSecondsWithTheWarning() throws Exception {
        DeadJira silent = DeadJira.silent();
        MapPagesServlet servlet = servlet(silent.uri());
        long mapId = mapLinkedToAStaleIssue();

        long started = System.nanoTime();
        String html = page(servlet, mapId);
        long millis = (System.nanoTime() - started) / 1_000_000;
        silent.close();

        System.out.printf("Map page with Jira down: %d ms (not asserted: the bound is the refresh's own timeout)%n", millis);
        assertThat(html).contains("Jira did not answer in time", "as of " + asOf(), ">SHOP-1</a>");
    }
}

package dev.journeymaps.web.page;

import dev.journeymaps.web.LocaleFormats;
import dev.journeymaps.web.page.board.MapViewPage;
import dev.journeymaps.web.page.work.WorkFilter;
import dev.journeymaps.app.work.Freshness;
import dev.journeymaps.app.work.MapWork;
import dev.journeymaps.domain.work.ActionableCard;
import dev.journeymaps.domain.work.CachedIssue;
import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.work.IssueLink;
import dev.journeymaps.domain.work.IssueSnapshot;
import dev.journeymaps.domain.board.LaneKind;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.Stage;
import dev.journeymaps.domain.work.StatusCategory;
import dev.journeymaps.domain.work.WorkStatus;
import dev.journeymaps.standalone.BundleMessages;
import dev.journeymaps.standalone.VelocityViewRenderer;
import dev.journeymaps.web.IssueUrls;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The linked-work status as the real map template draws it, with real Velocity and the escaping renderer. */
class MapWorkTemplatesTest {
    private static final java.time.format.DateTimeFormatter ENGLISH_UTC = java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM, java.time.format.FormatStyle.SHORT).withLocale(Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final Instant FETCHED = Instant.parse("2026-03-14T09:00:00Z");

    private final DemoMaps demo = new DemoMaps();
    private final BundleMessages messages = new BundleMessages();
    private final PageModels models = new PageModels(messages, new LocaleFormats(Locale.ENGLISH, ZoneOffset.UTC));
    private final PageUrls urls = new PageUrls("/jira");

    /** The checkout map's first pain point linked to a To Do, an In Progress and a Done issue; hostile summaries. */
    private String render(Freshness freshness, WorkFilter filter, IssueUrls issueUrls) {
        MapBoard board = demo.checkout();
        Card pain = painPoints(board).get(0);
        List<IssueLink> links = List.of(link(board, pain, 1, "SHOP-1"), link(board, pain, 2, "SHOP-2"), link(board, pain, 3, "SHOP-3"));
        Map<Long, CachedIssue> known = Map.of(
                1L, issue(1, "SHOP-1", DemoMaps.SCRIPT, "Backlog", StatusCategory.TO_DO),
                2L, issue(2, "SHOP-2", DemoMaps.IMG, "In Review", StatusCategory.IN_PROGRESS),
                3L, issue(3, "SHOP-3", "Keep the address", "Closed", StatusCategory.DONE));
        WorkStatus status = WorkStatus.of(ActionableCard.of(board), board.stages().stream().map(Stage::id).toList(), links, known, Map.of());
        MapViewPage page = models.view(new MapWork(board, status, freshness),
                new dev.journeymaps.app.board.MapCatalog.Related(java.util.Optional.empty(), List.of()), List.of(), filter, issueUrls, urls);
        return MapTemplatesTest.render(new VelocityViewRenderer(), "templates/map-view.vm", page, messages);
    }

    private static List<Card> painPoints(MapBoard board) {
        long lane = board.lanes().stream().filter(l -> l.kind() == LaneKind.PAIN_POINTS).findFirst().orElseThrow().id();
        return board.cards().stream().filter(c -> c.laneId() == lane).toList();
    }

    private static IssueLink link(MapBoard board, Card card, long issueId, String key) {
        return new IssueLink(board.map().id(), card.id(), issueId, key, "alice", FETCHED.plusSeconds(issueId));
    }

    private static CachedIssue issue(long id, String key, String summary, String status, StatusCategory category) {
        return new CachedIssue(new IssueSnapshot(id, key, summary, "Story", status, category, "", FETCHED), null);
    }

    @Test
    void statusLozengesUseJirasColoursPerStatusCategory() {
        String html = render(Freshness.current(FETCHED), WorkFilter.ALL, IssueUrls.NONE);

        assertThat(html).contains("<span class=\"aui-lozenge  jm-status-lozenge\">Backlog</span>")
                .contains("<span class=\"aui-lozenge aui-lozenge-current jm-status-lozenge\">In Review</span>")
                .contains("<span class=\"aui-lozenge aui-lozenge-success jm-status-lozenge\">Closed</span>");
        assertThat(html).contains("data-action-state=\"in-progress\"", ">In progress</span>", ">No action</span>")
                .contains("aria-label=\"Linked work: 1/3 done\"", "style=\"width: 33%\"");
    }

    @Test
    void issueSummariesAreEscapedExactlyOnceInTooltipsAndDataAttributes() {
        String html = render(Freshness.current(FETCHED), WorkFilter.ALL, IssueUrls.NONE);

        assertThat(html).doesNotContain(DemoMaps.SCRIPT).doesNotContain(DemoMaps.IMG)
                .contains("title=\"&lt;script&gt;alert(1)&lt;/script&gt;\"")
                .contains("data-issue-summary=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\"")
                .doesNotContain("&amp;lt;");
    }

    @Test
    void keysLinkToJiraOnlyWhenAJiraBaseUrlIsKnown() {
        assertThat(render(Freshness.current(FETCHED), WorkFilter.ALL, IssueUrls.under("https://jira.example.com/")))
                .contains("<a class=\"jm-issue-key\" href=\"https://jira.example.com/browse/SHOP-2\"");
        assertThat(render(Freshness.current(FETCHED), WorkFilter.ALL, IssueUrls.NONE))
                .contains("<span class=\"jm-issue-key\" title=").doesNotContain("/browse/");
    }

    @Test
    void openInJiraLinksTheCardsTheStagesAndTheMapsIssuesAsAnIdSearch() {
        String html = render(Freshness.current(FETCHED), WorkFilter.ALL, IssueUrls.under("https://jira.example.com/"));
        String search = "https://jira.example.com/issues/?jql=id+in+%281%2C+2%2C+3%29";

        // the card, its stage in the roll-up row, and the map's header
        assertThat(html.split(java.util.regex.Pattern.quote("class=\"jm-open-in-jira\" href=\"" + search + "\""), -1)).hasSize(4);
        assertThat(html).contains(">Open in Jira<");
        assertThat(render(Freshness.current(FETCHED), WorkFilter.ALL, IssueUrls.NONE)).doesNotContain("jm-open-in-jira");
    }

    @Test
    void theStageRollupRowAndTheHeaderRollupCountPainPointsWithWork() {
        String html = render(Freshness.current(FETCHED), WorkFilter.ALL, IssueUrls.NONE);

        assertThat(html).contains("id=\"jm-rollup-row\"", "1 of 3 pain points have linked work", ">33%</dd>")
                .contains(">1 of 2 with work, 0 done<", ">0 of 2 with work, 0 done<", ">No pain points or opportunities<");
    }

    @Test
    void theUnlinkedFilterDimsCardsWithWorkAndMarksItsLinkCurrent() {
        String html = render(Freshness.current(FETCHED), WorkFilter.UNLINKED, IssueUrls.NONE);

        assertThat(html).containsPattern("jm-card-dimmed\" data-card-id=\"\\d+\"[^>]* data-action-state=\"in-progress\"")
                .containsPattern("class=\"jm-card jm-card-assumption\" data-card-id=\"\\d+\"[^>]* data-action-state=\"no-action\"")
                .containsPattern("class=\"jm-card jm-card-dimmed\" data-card-id=\"\\d+\"(?:(?!data-action-state)[^>])*>")
                .contains("href=\"/jira/plugins/servlet/journeymaps/map/1?work=unlinked\" data-work-filter=\"unlinked\" aria-current=\"page\"");
    }

    @Test
    void aStaleStatusShowsAnAuiWarningWithTheAsOfTime() {
        String html = render(new Freshness(FETCHED, true, true, "Jira did not answer"), WorkFilter.ALL, IssueUrls.NONE);

        assertThat(html).contains("<div class=\"aui-message aui-message-warning jm-work-warning\" id=\"jm-work-warning\">")
                .contains("as of " + ENGLISH_UTC.format(FETCHED))
                .contains("Mar 14, 2026"); // Jira-like medium date in the reader's language, not a fixed English pattern
        assertThat(render(Freshness.current(FETCHED), WorkFilter.ALL, IssueUrls.NONE)).doesNotContain("jm-work-warning\"");
    }
}

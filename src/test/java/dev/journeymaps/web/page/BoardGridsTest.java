package dev.journeymaps.web.page;

import dev.journeymaps.app.board.MapCatalog;
import dev.journeymaps.app.work.Freshness;
import dev.journeymaps.app.work.MapWork;
import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.LaneKind;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.Stage;
import dev.journeymaps.domain.work.ActionableCard;
import dev.journeymaps.domain.work.CachedIssue;
import dev.journeymaps.domain.work.IssueLink;
import dev.journeymaps.domain.work.IssueSnapshot;
import dev.journeymaps.domain.work.StatusCategory;
import dev.journeymaps.domain.work.WorkStatus;
import dev.journeymaps.standalone.BundleMessages;
import dev.journeymaps.web.IssueUrls;
import dev.journeymaps.web.LocaleFormats;
import dev.journeymaps.web.Messages;
import dev.journeymaps.web.page.board.CardView;
import dev.journeymaps.web.page.board.LaneRow;
import dev.journeymaps.web.page.board.MapViewPage;
import dev.journeymaps.web.page.work.WorkFilter;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The map page's grid and work roll-up reused between views ({@link BoardGrids}): the same reader's view of an unchanged
 * map is built once; another view of the work (a write, a refreshed issue, a reader who may not see an issue), another
 * work filter, another language, other Jira links or another time zone each get models built for them.
 */
class BoardGridsTest {
    private static final Instant FETCHED = Instant.parse("2026-03-14T09:00:00Z");

    private final DemoMaps demo = new DemoMaps();
    private final BundleMessages messages = new BundleMessages();
    private final LocaleFormats formats = new LocaleFormats(Locale.ENGLISH, ZoneOffset.UTC);
    private final PageUrls urls = new PageUrls("/jira");
    private final BoardGrids grids = new BoardGrids();

    private MapViewPage page(MapWork work, WorkFilter filter, Messages texts, LocaleFormats readers, IssueUrls issueUrls) {
        return new PageModels(texts, readers, grids).view(work, new MapCatalog.Related(Optional.empty(), List.of()), List.of(),
                filter, issueUrls, urls);
    }

    private MapViewPage page(MapWork work) {
        return page(work, WorkFilter.ALL, messages, formats, IssueUrls.NONE);
    }

    /** The board's first pain point linked to issue 1 as this reader may see it (key "" = withheld). */
    private static MapWork work(MapBoard board, String key, String statusName, StatusCategory category, boolean stale) {
        Card pain = pain(board);
        IssueLink link = new IssueLink(board.map().id(), pain.id(), 1, key, "alice", FETCHED);
        Map<Long, CachedIssue> known = Map.of(1L, new CachedIssue(
                new IssueSnapshot(1, key, key.isEmpty() ? "" : "Keep the address", "Story", statusName, category, "", FETCHED), null));
        WorkStatus status = WorkStatus.of(ActionableCard.of(board), board.stages().stream().map(Stage::id).toList(), List.of(link),
                known, Map.of());
        Freshness freshness = stale ? new Freshness(FETCHED, true, true, "Jira did not answer") : Freshness.current(FETCHED);
        return new MapWork(board, status, freshness, Map.of());
    }

    private static MapWork work(MapBoard board, String key, String statusName, StatusCategory category) {
        return work(board, key, statusName, category, true);
    }

    private static Card pain(MapBoard board) {
        long lane = board.lanes().stream().filter(l -> l.kind() == LaneKind.PAIN_POINTS).findFirst().orElseThrow().id();
        return board.cards().stream().filter(c -> c.laneId() == lane).findFirst().orElseThrow();
    }

    private static List<CardView> cards(MapViewPage page) {
        return page.lanes().stream().map(LaneRow::cells).flatMap(List::stream).flatMap(cell -> cell.cards().stream()).toList();
    }

    private static String lozenges(MapViewPage page) {
        return cards(page).stream().filter(CardView::hasWork).flatMap(card -> card.work().issues().stream())
                .map(Object::toString).reduce("", String::concat);
    }

    @Test
    void theSameViewIsBuiltOnceAndIsWhatABuildWithoutReuseGives() {
        MapWork work = work(demo.checkout(), "SHOP-1", "In Review", StatusCategory.IN_PROGRESS);

        MapViewPage first = page(work);
        MapViewPage again = page(work);
        MapViewPage unshared = new PageModels(messages, formats).view(work, new MapCatalog.Related(Optional.empty(), List.of()),
                List.of(), WorkFilter.ALL, IssueUrls.NONE, urls);

        assertThat(again.lanes()).isSameAs(first.lanes());
        assertThat(again.work()).isSameAs(first.work());
        assertThat(first.lanes()).isEqualTo(unshared.lanes());
        assertThat(first.work()).isEqualTo(unshared.work());
        assertThat(grids.size()).isEqualTo(1);
    }

    @Test
    void anotherViewOfTheWorkGetsItsOwnModels() {
        MapBoard board = demo.checkout();
        MapViewPage inReview = page(work(board, "SHOP-1", "In Review", StatusCategory.IN_PROGRESS));
        MapViewPage closed = page(work(board, "SHOP-1", "Closed", StatusCategory.DONE));
        MapViewPage withheld = page(work(board, "", "", StatusCategory.UNKNOWN));
        MapBoard edited = demo.editor.editCard(demo.alice, board.map().id(), board.version(), pain(board).id(),
                new Card.Content("Address form forgets the postcode", "", null, null));
        MapViewPage written = page(work(edited, "SHOP-1", "In Review", StatusCategory.IN_PROGRESS));

        assertThat(lozenges(inReview)).contains("In Review").doesNotContain("Closed");
        assertThat(lozenges(closed)).contains("Closed");
        assertThat(lozenges(withheld)).doesNotContain("SHOP-1").doesNotContain("Keep the address");
        assertThat(cards(written)).extracting(CardView::text).contains("Address form forgets the postcode")
                .doesNotContain("Address form loses input on back");
        assertThat(cards(inReview)).extracting(CardView::text).contains("Address form loses input on back");
    }

    @Test
    void anotherFilterLanguageJiraOrTimeZoneGetsItsOwnModels() {
        MapWork work = work(demo.checkout(), "SHOP-1", "In Review", StatusCategory.IN_PROGRESS);
        Messages german = new Messages() {
            @Override
            public String getText(String key) {
                return key.equals("journeymaps.work.filter.all") ? "Alle" : messages.getText(key);
            }

            @Override
            public String getText(String key, Object... args) {
                return key.equals("journeymaps.evidence.count") ? args[0] + " Belege" : messages.getText(key, args);
            }
        };
        IssueUrls jira = IssueUrls.under("https://jira.example.com");

        MapViewPage english = page(work);
        MapViewPage inGerman = page(work, WorkFilter.ALL, german, formats, IssueUrls.NONE);
        MapViewPage filtered = page(work, WorkFilter.DONE, messages, formats, IssueUrls.NONE);
        MapViewPage linked = page(work, WorkFilter.ALL, messages, formats, jira);
        MapViewPage elsewhere = page(work, WorkFilter.ALL, messages, new LocaleFormats(Locale.ENGLISH, ZoneId.of("Pacific/Auckland")),
                IssueUrls.NONE);
        MapViewPage englishAgain = page(work);

        assertThat(inGerman.work().filters().get(0).label()).isEqualTo("Alle");
        assertThat(cards(inGerman)).extracting(CardView::evidenceLabel).anyMatch(label -> label.endsWith("Belege"));
        assertThat(english.work().filters().get(0).label()).isNotEqualTo("Alle");
        assertThat(cards(english)).extracting(CardView::evidenceLabel).noneMatch(label -> label.endsWith("Belege"));
        assertThat(cards(filtered)).anyMatch(CardView::dimmed);
        assertThat(cards(english)).noneMatch(CardView::dimmed);
        assertThat(lozenges(linked)).contains("https://jira.example.com/browse/SHOP-1");
        assertThat(lozenges(english)).doesNotContain("https://jira.example.com");
        assertThat(elsewhere.work().warning()).isNotEqualTo(english.work().warning());
        assertThat(englishAgain.lanes()).as("built again after the other views, the same").isEqualTo(english.lanes());
        assertThat(page(work).lanes()).isSameAs(englishAgain.lanes());
    }

    @Test
    void theModelsAreBounded() {
        MapBoard board = demo.checkout();
        for (int i = 0; i <= BoardGrids.MAX_ENTRIES; i++) {
            page(work(board, "SHOP-1", "Status " + i, StatusCategory.IN_PROGRESS));
        }

        assertThat(grids.size()).isEqualTo(BoardGrids.MAX_ENTRIES);
    }
}

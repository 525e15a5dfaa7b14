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
import dev.journeymaps.standalone.VelocityViewRenderer;
import dev.journeymaps.web.IssueUrls;
import dev.journeymaps.web.LocaleFormats;
import dev.journeymaps.web.Messages;
import dev.journeymaps.web.ViewRenderer;
import dev.journeymaps.web.page.board.MapViewPage;
import dev.journeymaps.web.page.stewardship.MapStewardship;
import dev.journeymaps.web.page.stewardship.PriorityPageModels;
import dev.journeymaps.web.page.work.WorkFilter;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The map page's grid cache: an equal grid is rendered once and its markup is exactly what the page draws without the
 * cache; every part of the key — a write to the map, an issue's status refreshed from Jira, another reader who may not
 * see an issue, another language, the work filter, an owner — gives fresh markup; the cache stays bounded.
 */
class BoardHtmlCacheTest {
    private static final Instant FETCHED = Instant.parse("2026-03-14T09:00:00Z");

    private final DemoMaps demo = new DemoMaps();
    private final BundleMessages messages = new BundleMessages();
    private final LocaleFormats formats = new LocaleFormats(Locale.ENGLISH, ZoneOffset.UTC);
    private final PageUrls urls = new PageUrls("/jira");
    private final AtomicInteger renders = new AtomicInteger();
    private final VelocityViewRenderer velocity = new VelocityViewRenderer();
    private final ViewRenderer counting = (template, context) -> {
        if (template.equals(BoardHtmlCache.TEMPLATE)) {
            renders.incrementAndGet();
        }
        return velocity.render(template, context);
    };
    private final BoardHtmlCache cache = new BoardHtmlCache(counting);

    private MapViewPage page(MapBoard board, WorkStatus status, WorkFilter filter) {
        return new PageModels(messages, formats).view(new MapWork(board, status, Freshness.current(FETCHED)),
                new MapCatalog.Related(Optional.empty(), List.of()), List.of(), filter, IssueUrls.NONE, urls);
    }

    private MapStewardship stewardship(MapBoard board) {
        return demo.pages.forMapView(demo.alice, board, Map.of(), urls, new PriorityPageModels(messages, formats));
    }

    private String grid(MapBoard board, WorkStatus status, WorkFilter filter, Messages texts) {
        return cache.html(page(board, status, filter).grid(), stewardship(board).cards(), texts);
    }

    private String grid(MapBoard board, WorkStatus status) {
        return grid(board, status, WorkFilter.ALL, messages);
    }

    /** The board's first pain point linked to issue 1, as Jira last described it (key "" = withheld from this reader). */
    private static WorkStatus work(MapBoard board, String key, String statusName, StatusCategory category) {
        Card pain = pain(board);
        IssueLink link = new IssueLink(board.map().id(), pain.id(), 1, key, "alice", FETCHED);
        Map<Long, CachedIssue> known = Map.of(1L, new CachedIssue(
                new IssueSnapshot(1, key, key.isEmpty() ? "" : "Keep the address", "Story", statusName, category, "", FETCHED), null));
        return WorkStatus.of(ActionableCard.of(board), board.stages().stream().map(Stage::id).toList(), List.of(link), known, Map.of());
    }

    private static Card pain(MapBoard board) {
        long lane = board.lanes().stream().filter(l -> l.kind() == LaneKind.PAIN_POINTS).findFirst().orElseThrow().id();
        return board.cards().stream().filter(c -> c.laneId() == lane).findFirst().orElseThrow();
    }

    @Test
    void anEqualGridIsRenderedOnceAndIsWhatThePageDrawsWithoutTheCache() {
        MapBoard board = demo.checkout();
        WorkStatus status = work(board, "SHOP-1", "In Review", StatusCategory.IN_PROGRESS);

        String first = grid(board, status);
        String again = grid(demo.catalog.viewMap(demo.alice, board.map().id()), work(board, "SHOP-1", "In Review", StatusCategory.IN_PROGRESS));

        assertThat(renders).hasValue(1);
        assertThat(again).isSameAs(first);
        assertThat(first).contains("Address form loses input on back", ">In Review</span>", "data-card-id=\"" + pain(board).id() + "\"");
        MapViewPage page = page(board, status, WorkFilter.ALL);
        Map<String, Object> extra = new HashMap<>(Map.of("stewardship", stewardship(board)));
        String uncached = MapTemplatesTest.render(velocity, "templates/map-view.vm", page, messages, extra);
        extra.put("boardHtml", first);
        String cached = MapTemplatesTest.render(velocity, "templates/map-view.vm", page, messages, extra);
        assertThat(cached.replaceAll("\n+", "\n")).isEqualTo(uncached.replaceAll("\n+", "\n"));
    }

    @Test
    void aWriteToTheMapGivesFreshMarkup() {
        MapBoard board = demo.checkout();
        WorkStatus status = work(board, "SHOP-1", "In Review", StatusCategory.IN_PROGRESS);
        String before = grid(board, status);
        Card pain = pain(board);

        MapBoard edited = demo.editor.editCard(demo.alice, board.map().id(), board.version(), pain.id(),
                new Card.Content("Address form forgets the postcode", "", null, null));
        String after = grid(edited, status);

        assertThat(renders).hasValue(2);
        assertThat(before).contains("Address form loses input on back");
        assertThat(after).contains("Address form forgets the postcode").doesNotContain("Address form loses input on back");
    }

    @Test
    void anIssueStatusRefreshedFromJiraGivesFreshMarkup() {
        MapBoard board = demo.checkout();

        String inReview = grid(board, work(board, "SHOP-1", "In Review", StatusCategory.IN_PROGRESS));
        String closed = grid(board, work(board, "SHOP-1", "Closed", StatusCategory.DONE));

        assertThat(renders).hasValue(2);
        assertThat(inReview).contains(">In Review</span>").doesNotContain(">Closed</span>");
        assertThat(closed).contains("<span class=\"aui-lozenge aui-lozenge-success jm-status-lozenge\">Closed</span>");
    }

    @Test
    void aReaderWhoMayNotSeeTheIssueGetsTheirOwnMarkup() {
        MapBoard board = demo.checkout();

        String seen = grid(board, work(board, "SHOP-1", "In Review", StatusCategory.IN_PROGRESS));
        String withheld = grid(board, work(board, "", "", StatusCategory.UNKNOWN));
        String seenAgain = grid(board, work(board, "SHOP-1", "In Review", StatusCategory.IN_PROGRESS));

        assertThat(renders).hasValue(2);
        assertThat(seen).contains("SHOP-1", "Keep the address");
        assertThat(withheld).doesNotContain("SHOP-1").doesNotContain("Keep the address");
        assertThat(seenAgain).isSameAs(seen);
    }

    @Test
    void anotherLanguageOrWorkFilterOrOwnerGivesFreshMarkup() {
        MapBoard board = demo.checkout();
        WorkStatus status = work(board, "SHOP-1", "In Review", StatusCategory.IN_PROGRESS);
        Messages german = new Messages() {
            @Override
            public String getText(String key) {
                return key.equals("journeymaps.card.add") ? "Karte hinzufügen" : messages.getText(key);
            }

            @Override
            public String getText(String key, Object... args) {
                return messages.getText(key, args);
            }
        };

        String english = grid(board, status, WorkFilter.ALL, messages);
        String other = grid(board, status, WorkFilter.ALL, german);
        String filtered = grid(board, status, WorkFilter.DONE, messages);
        Card pain = pain(board);
        demo.ownership.assignCardOwner(demo.alice, board.map().id(), board.version(), pain.id(), "dana");
        MapBoard owned = demo.catalog.viewMap(demo.alice, board.map().id());
        String withOwner = grid(owned, work(owned, "SHOP-1", "In Review", StatusCategory.IN_PROGRESS));

        assertThat(renders).hasValue(4);
        assertThat(english).doesNotContain("Karte hinzufügen");
        assertThat(other).contains("Karte hinzufügen");
        assertThat(filtered).contains("jm-card-dimmed");
        assertThat(english).doesNotContain("jm-card-dimmed");
        assertThat(withOwner).contains("Dana Whitfield");
    }

    @Test
    void theGridIsRenderedWithItsOwnTextsOnly() {
        Messages texts = dev.journeymaps.web.page.board.BoardTexts.of(messages);

        assertThat(texts.getText("journeymaps.card.add")).isEqualTo(messages.getText("journeymaps.card.add"));
        assertThatThrownBy(() -> texts.getText("journeymaps.map.title")).hasMessageContaining("BoardTexts.KEYS");
        assertThatThrownBy(() -> texts.getText("journeymaps.evidence.count", 2)).hasMessageContaining("view model");
    }

    @Test
    void theGridIsWrittenInPlaceOfItsOneMarkOnly() throws java.io.IOException {
        java.io.StringWriter out = new java.io.StringWriter();

        assertThat(BoardHtmlCache.write(out, "<main>" + BoardHtmlCache.MARK + "</main>", "<ol>grid</ol>")).isTrue();
        assertThat(out).hasToString("<main><ol>grid</ol></main>");
        java.io.StringWriter none = new java.io.StringWriter();
        assertThat(BoardHtmlCache.write(none, "<main></main>", "<ol>grid</ol>")).isFalse();
        assertThat(BoardHtmlCache.write(none, BoardHtmlCache.MARK + BoardHtmlCache.MARK, "<ol>grid</ol>")).isFalse();
        assertThat(none).hasToString("");
    }

    @Test
    void theCacheIsBounded() {
        MapBoard board = demo.checkout();
        for (int i = 0; i <= BoardHtmlCache.MAX_ENTRIES; i++) {
            board = demo.editor.editCard(demo.alice, board.map().id(), board.version(), pain(board).id(),
                    new Card.Content("Version " + i, "", null, null));
            grid(board, work(board, "SHOP-1", "In Review", StatusCategory.IN_PROGRESS));
        }

        assertThat(renders).hasValue(BoardHtmlCache.MAX_ENTRIES + 1);
        assertThat(cache.size()).isEqualTo(BoardHtmlCache.MAX_ENTRIES);
    }
}

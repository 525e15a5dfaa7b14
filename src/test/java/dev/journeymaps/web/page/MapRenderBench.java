package dev.journeymaps.web.page;

import dev.journeymaps.app.board.MapCatalog;
import dev.journeymaps.app.work.Freshness;
import dev.journeymaps.app.work.MapWork;
import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.Channel;
import dev.journeymaps.domain.board.Lane;
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
import dev.journeymaps.web.page.board.MapViewPage;
import dev.journeymaps.web.page.stewardship.MapStewardship;
import dev.journeymaps.web.page.stewardship.PriorityPageModels;
import dev.journeymaps.web.page.work.WorkFilter;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The map page's render cost in one JVM, without HTTP or a database: a board of {@code bench.render.cards} cards
 * (default 5,000; the checkout map's lanes × 12 stages, pain points and opportunities linked to
 * {@code bench.render.links} issues, default 5,000) drawn by the real template. Prints, as medians of
 * {@code bench.samples} after warm-up rounds, the time to build the view models (page and stewardship) and the time
 * of the Velocity render, and the page's size. Not a test: bench profile only, asserts nothing about time.
 */
class MapRenderBench {
    private static final int CARDS = Integer.getInteger("bench.render.cards", 5000);
    private static final int LINKS = Integer.getInteger("bench.render.links", 5000);
    private static final int SAMPLES = Integer.getInteger("bench.samples", 15);
    private static final Instant FETCHED = Instant.parse("2026-03-14T09:00:00Z");

    private final DemoMaps demo = new DemoMaps();
    private final BundleMessages messages = new BundleMessages();
    private final PageUrls urls = new PageUrls("/jira");

    @Test
    void render() {
        MapBoard seed = demo.checkout();
        List<Stage> stages = new ArrayList<>();
        for (int s = 0; s < 12; s++) {
            stages.add(new Stage(10_000 + s, seed.map().id(), "Stage " + (s + 1), s));
        }
        List<Card> cards = new ArrayList<>();
        int[] perCell = new int[seed.lanes().size() * stages.size()];
        for (int i = 0; i < CARDS; i++) {
            Lane lane = seed.lanes().get(i % seed.lanes().size());
            int stage = (i / seed.lanes().size()) % stages.size();
            int cell = seed.lanes().indexOf(lane) * stages.size() + stage;
            cards.add(new Card(100_000 + i, seed.map().id(), lane.id(), stages.get(stage).id(), perCell[cell]++,
                    "Card " + i + ": the customer looks for the delivery date", i % 7 == 0 ? "Details of card " + i : "",
                    lane.kind() == LaneKind.EMOTIONS ? (i % 5) - 2 : null,
                    lane.kind() == LaneKind.TOUCHPOINTS ? Channel.values()[i % Channel.values().length] : null));
        }
        MapBoard board = new MapBoard(seed.map(), stages, seed.lanes(), cards);
        List<ActionableCard> actionable = ActionableCard.of(board);
        List<IssueLink> links = new ArrayList<>();
        Map<Long, CachedIssue> known = new HashMap<>();
        StatusCategory[] categories = StatusCategory.values();
        for (int i = 0; i < LINKS && !actionable.isEmpty(); i++) {
            long issueId = 1 + i;
            String key = "BENCH-" + issueId;
            links.add(new IssueLink(board.map().id(), actionable.get(i % actionable.size()).cardId(), issueId, key, "alice", FETCHED));
            known.put(issueId, new CachedIssue(new IssueSnapshot(issueId, key, "Fix the thing number " + issueId, "Story",
                    "In Progress", categories[i % categories.length], "", FETCHED), null));
        }
        WorkStatus status = WorkStatus.of(actionable, stages.stream().map(Stage::id).toList(), links, known, Map.of());
        MapWork work = new MapWork(board, status, Freshness.current(FETCHED));
        VelocityViewRenderer renderer = new VelocityViewRenderer();
        int[] bytes = {0};
        double[][] times = new double[2][SAMPLES];
        for (int round = -10; round < SAMPLES; round++) {
            long start = System.nanoTime();
            LocaleFormats formats = new LocaleFormats(Locale.ENGLISH, ZoneOffset.UTC);
            MapViewPage page = new PageModels(messages, formats).view(work, new MapCatalog.Related(Optional.empty(), List.of()),
                    List.of(), WorkFilter.ALL, IssueUrls.NONE, urls);
            MapStewardship stewardship = demo.pages.forMapView(demo.alice, board, work.linkedWork(), urls,
                    new PriorityPageModels(messages, formats));
            long models = System.nanoTime();
            String html = MapTemplatesTest.render(renderer, "templates/map-view.vm", page, messages, Map.of("stewardship", stewardship));
            long rendered = System.nanoTime();
            bytes[0] = html.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (round >= 0) {
                times[0][round] = (models - start) / 1e6;
                times[1][round] = (rendered - models) / 1e6;
            }
        }
        Arrays.sort(times[0]);
        Arrays.sort(times[1]);
        System.out.printf("| map page in one JVM | %,d cards, %,d links | view models %.1f ms | Velocity %.1f ms | %,d KB |%n",
                CARDS, links.size(), times[0][SAMPLES / 2], times[1][SAMPLES / 2], Math.round(bytes[0] / 1024.0));
    }
}

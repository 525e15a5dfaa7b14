package dev.journeymaps.web.page;

import dev.journeymaps.web.LocaleFormats;
import dev.journeymaps.web.page.stewardship.PriorityPageModels;
import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.Lane;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.Stage;
import dev.journeymaps.standalone.BundleMessages;
import dev.journeymaps.standalone.VelocityViewRenderer;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Renders the real templates with real Velocity over boards made by the real use cases. */
class MapTemplatesTest {
    private static final java.time.format.DateTimeFormatter ENGLISH_UTC = java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM, java.time.format.FormatStyle.SHORT).withLocale(Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final String ESCAPED_SCRIPT = "&lt;script&gt;alert(1)&lt;/script&gt;";
    private static final String ESCAPED_IMG = "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;";

    private final DemoMaps demo = new DemoMaps();
    private final BundleMessages messages = new BundleMessages();
    private final PageModels models = new PageModels(messages, new LocaleFormats(Locale.ENGLISH, ZoneOffset.UTC));
    private final PageUrls urls = new PageUrls("/jira");
    private final PriorityPageModels priorityModels = new PriorityPageModels(messages, new LocaleFormats(Locale.ENGLISH, ZoneOffset.UTC));

    private String list() {
        return render(new VelocityViewRenderer(), "templates/map-list.vm",
                models.list("SHOP", demo.catalog.listMaps(demo.alice, "SHOP"), urls), messages,
                Map.of("reviews", demo.pages.forMapList(demo.alice, "SHOP", urls, priorityModels)));
    }

    static String render(VelocityViewRenderer renderer, String template, Object page, BundleMessages messages) {
        return render(renderer, template, page, messages, Map.of());
    }

    static String render(VelocityViewRenderer renderer, String template, Object page, BundleMessages messages,
                         Map<String, Object> extra) {
        Map<String, Object> context = new HashMap<>(extra);
        context.put("page", page);
        context.put("i18n", messages);
        context.put("contextPath", "/jira");
        context.put("headHtml", "<link rel=\"stylesheet\" href=\"/jira/static/journey-maps/journey-maps.css\">");
        return renderer.render(template, context);
    }

    private String view(MapBoard board, VelocityViewRenderer renderer) {
        return render(renderer, "templates/map-view.vm", models.view(board, urls), messages,
                Map.of("stewardship", demo.pages.forMapView(demo.alice, board, Map.of(), urls, priorityModels)));
    }

    @Test
    void mapViewShowsEveryStageLaneAndCardOfTheDemoMap() {
        MapBoard board = demo.checkout();

        String html = view(board, new VelocityViewRenderer());

        for (Stage stage : board.stages()) {
            assertThat(html).contains("id=\"jm-stage-" + stage.id() + "\">" + stage.name() + "</span>");
        }
        for (Lane lane : board.lanes()) {
            assertThat(html).contains("<span class=\"jm-lane-title\" id=\"jm-lane-" + lane.id() + "\">" + lane.title() + "</span>")
                    .contains("jm-kind-" + lane.kind().key());
        }
        for (Card card : board.cards()) {
            assertThat(html).contains("data-card-id=\"" + card.id() + "\"").contains(card.text());
        }
        assertThat(html).contains("Maya, first-time buyer on mobile", "From product page to first delivery",
                        "data-map-version=\"" + board.version() + "\"", "Current state", "--jm-stages: 6")
                .contains("class=\"jm-cell\"");
        // The template's "Pain points" lane says its kind once: in its title, not again in a chip.
        assertThat(html).contains(">Pain points</span>").doesNotContain("<span class=\"jm-lane-kind\">Pain points</span>");
        assertThat(html.split("class=\"jm-cell\"", -1)).hasSize(board.stages().size() * board.lanes().size() + 1);
        assertThat(html.split("jm-add-card\"", -1)).hasSize(board.stages().size() * board.lanes().size() + 1);
    }

    @Test
    void mapViewEscapesEveryPieceOfUserTextExactlyOnce() {
        String html = view(demo.hostile(), new VelocityViewRenderer());

        assertThat(html).doesNotContain("<script>alert(1)", "<img src=x", "&amp;lt;", "&amp;quot;", "&amp;gt;", "&amp;#39;");
        assertThat(html).contains("<title>" + ESCAPED_SCRIPT + " - Journey maps - SHOP</title>")
                .contains("<h1 class=\"jm-map-title\"><span class=\"jm-editable-value\" id=\"jm-map-title-text\" data-jm-edit=\"title\""
                        + " data-jm-label=\"Title\">" + ESCAPED_SCRIPT + "</span>")
                .contains("data-jm-label=\"Goal\">" + ESCAPED_IMG + "</span>")
                .contains("data-jm-label=\"Journey\">" + ESCAPED_SCRIPT + "</span>")
                .containsPattern("<span class=\"jm-stage-name\" title=\"" + java.util.regex.Pattern.quote(ESCAPED_IMG)
                        + "\" id=\"jm-stage-\\d+\">" + java.util.regex.Pattern.quote(ESCAPED_IMG) + "</span>")
                .containsPattern("<span class=\"jm-lane-title\" id=\"jm-lane-\\d+\">" + java.util.regex.Pattern.quote(ESCAPED_SCRIPT) + "</span>")
                .containsPattern("<p class=\"jm-card-text\" id=\"jm-card-text-\\d+\">" + java.util.regex.Pattern.quote(ESCAPED_SCRIPT) + "</p>")
                .contains("<p class=\"jm-card-details\">" + ESCAPED_IMG + "</p>")
                .contains("eve" + ESCAPED_IMG);
    }

    @Test
    void markupFromReferencesEndingInHtmlIsWrittenAsIs() {
        String html = view(demo.checkout(), new VelocityViewRenderer());

        assertThat(html).contains("<link rel=\"stylesheet\" href=\"/jira/static/journey-maps/journey-maps.css\">");
    }

    @Test
    void standaloneDrawsItsOwnApplicationHeaderAndJiraLeavesItToTheDecorator() {
        MapBoard board = demo.checkout();

        String standalone = view(board, new VelocityViewRenderer());
        String jiraLike = view(board, new VelocityViewRenderer(Map.of()));

        assertThat(standalone).contains("class=\"aui-header\"", "<span class=\"aui-header-logo-text\">Journey Maps</span>");
        assertThat(jiraLike).doesNotContain("aui-header-logo", "<main", "id=\"content\"", "id=\"page\"").contains("<meta name=\"decorator\" content=\"atl.general\">");
    }

    @Test
    void mapListShowsEachMapWithTypeOwnerCountsAndTheCreateDialog() {
        MapBoard board = demo.checkout();
        String html = list();

        assertThat(html).contains("<a class=\"jm-map-link\" href=\"/jira/plugins/servlet/journeymaps/map/" + board.map().id() + "\">First-time buyer checkout</a>")
                .contains("jm-type-current-state\">Current state</span>")
                .contains("<td>Alice Adams</td>") // the owner by display name, from the directory
                .contains("<td class=\"jm-num\">6</td>", "<td class=\"jm-num\">" + board.cards().size() + "</td>")
                .contains("<span class=\"aui-badge jm-badge-pain\">3</span>")
                .contains("<time datetime=\"2026-03-14T09:30:00Z\">" + ENGLISH_UTC.format(java.time.Instant.parse("2026-03-14T09:30:00Z")) + "</time>", "Mar 14, 2026")
                .contains("id=\"jm-create-map-dialog\"", "<option value=\"service-blueprint\">Service blueprint</option>",
                        "name=\"persona\"", "name=\"journey\"", "name=\"goal\"", "name=\"purpose\"");
    }

    @Test
    void mapListEscapesTitlesAndOwnersExactlyOnce() {
        demo.hostile();
        String html = list();

        assertThat(html).doesNotContain("<script>alert(1)", "<img src=x", "&amp;lt;", "&amp;quot;")
                .contains(">" + ESCAPED_SCRIPT + "</a>", "<td>eve" + ESCAPED_IMG + "</td>");
    }

    @Test
    void anEmptyProjectInvitesToCreateTheFirstMap() {
        String html = list();

        assertThat(html).contains("No journey maps yet").doesNotContain("<table");
    }
}

package dev.journeymaps.web.page.stewardship;

import dev.journeymaps.web.Formats;
import dev.journeymaps.web.page.Choice;
import dev.journeymaps.web.page.PageUrls;
import dev.journeymaps.web.page.history.DueForReviewPage;
import dev.journeymaps.web.page.history.ReviewPanel;
import dev.journeymaps.app.stewardship.PriorityReport;
import dev.journeymaps.domain.stewardship.CardPriority;
import dev.journeymaps.domain.stewardship.CardTriage;
import dev.journeymaps.domain.board.JourneyMap;
import dev.journeymaps.domain.history.MapReview;
import dev.journeymaps.domain.stewardship.PriorityFilter;
import dev.journeymaps.domain.stewardship.PriorityOrder;
import dev.journeymaps.domain.stewardship.RankedCard;
import dev.journeymaps.domain.stewardship.Score;
import dev.journeymaps.domain.stewardship.ScoringMethod;
import dev.journeymaps.web.Messages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Turns priorities and review status into the view models of the priorities and due-for-review pages. */
public final class PriorityPageModels {
    private static final List<Double> RICE_IMPACTS = List.of(3.0, 2.0, 1.0, 0.5, 0.25);
    /** Rows of the ranked list per page, as Jira's issue navigator pages its lists; the matrix shows every card. */
    public static final int PAGE_SIZE = 100;

    private final Messages messages;
    private final Formats formats;
    private final MatrixLayout matrix;

    public PriorityPageModels(Messages messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
        this.matrix = new MatrixLayout(messages);
    }

    /** The list and matrix; {@code pageUrl} is the page itself, for sort links and the filter form. */
    PrioritiesPage priorities(PriorityReport report, PriorityOrder order, List<PriorityFilter> filters, int page, PageUrls urls,
                              String pageUrl, JourneyMap map, ReviewPanel review, Function<String, String> names) {
        List<RankedCard> all = report.priorities().ranked(PriorityOrder.SCORE, List.of());
        List<RankedCard> shown = report.priorities().ranked(order, filters);
        ScoringMethod method = map != null ? report.method(map.id()) : commonMethod(report);
        Pager pager = Pager.of(shown.size(), page, PAGE_SIZE, pageUrl + query(order, filters), messages);
        List<PriorityRow> rows = shown.subList(pager.from(), pager.to()).stream().map(r -> row(r, report, urls)).toList();
        List<SortLink> sortLinks = Arrays.stream(PriorityOrder.values()).map(o -> new SortLink(o.key(),
                messages.getText("journeymaps.priorities.sort." + o.key()), pageUrl + query(o, filters), o == order,
                o == order ? (o == PriorityOrder.STAGE ? "ascending" : "descending") : "none")).toList();
        List<FilterOption> filterOptions = Arrays.stream(PriorityFilter.values()).map(f -> new FilterOption(f.key(),
                messages.getText("journeymaps.priorities.filter." + f.key()), filters.contains(f),
                report.priorities().count(f))).toList();
        List<Choice> methods = Arrays.stream(ScoringMethod.values()).map(m -> new Choice(m.key(),
                messages.getText("journeymaps.priorities.method." + m.key()), m == method)).toList();
        String projectKey = report.projectKey();
        return new PrioritiesPage(map != null ? "map" : "project", projectKey, urls.project(projectKey),
                urls.project(projectKey), map != null ? map.id() : 0, map != null ? map.version() : 0,
                map != null ? map.title() : projectKey, map != null ? urls.map(map.id()) : "", pageUrl,
                urls.project(projectKey) + "/due-for-review", method.key(),
                messages.getText("journeymaps.priorities.method." + method.key()),
                messages.getText("journeymaps.priorities.method." + method.key() + ".help"), report.mixesMethods(),
                report.priorities().cards().size(), report.priorities().scoredCount(),
                report.priorities().count(PriorityFilter.UNOWNED), report.priorities().count(PriorityFilter.UNLINKED),
                report.priorities().count(PriorityFilter.ASSUMPTION), matrix.layout(all, urls), rows, sortLinks, filterOptions,
                order.key(), review, methods, pager);
    }

    private PriorityRow row(RankedCard ranked, PriorityReport report, PageUrls urls) {
        CardPriority p = ranked.priority();
        CardTriage.Scores s = p.triage().scores();
        Score score = p.score();
        String owner = p.triage().ownerKey();
        String quadrant = p.quadrant() == null ? "" : p.quadrant().key();
        return new PriorityRow(p.card().id(), p.map().id(), p.map().title(), urls.map(p.map().id()),
                ranked.rank() > 0 ? String.valueOf(ranked.rank()) : "–", p.card().text(), p.stage().name(),
                p.lane().kind().key(), messages.getText("journeymaps.lane.kind." + p.lane().kind().key()),
                score.display(), score.formula(), score.isScored(), owner,
                owner.isEmpty() ? messages.getText("journeymaps.map.owner.none") : report.ownerName(owner), owner.isEmpty(),
                p.isLinked() ? messages.getText("journeymaps.priorities.work.some", p.work().issues(), p.work().done())
                        : messages.getText("journeymaps.priorities.work.none"),
                p.work().status().name().toLowerCase(Locale.ROOT), p.isLinked(),
                p.isAssumption() ? messages.getText("journeymaps.priorities.evidence.assumption")
                        : messages.getText("journeymaps.evidence.count", p.evidence().items()),
                p.isAssumption(), messages.getText("journeymaps.priorities.confidence", p.confidence().percent()),
                quadrant, quadrant.isEmpty() ? "" : messages.getText("journeymaps.quadrant." + quadrant),
                scale(s.impact()), scale(s.feasibility()), riceImpacts(s.riceImpact()),
                s.reach() == null ? "" : String.valueOf(s.reach()), s.effort() == null ? "" : Score.plain(s.effort()));
    }

    ReviewPanel review(MapReview review, Function<String, String> names) {
        String owner = review.map().ownerKey();
        String last = review.cadence().wasReviewed()
                ? messages.getText("journeymaps.review.last", day(review.cadence().lastReviewedAt()),
                names.apply(review.cadence().lastReviewedBy()))
                : messages.getText("journeymaps.review.never");
        return new ReviewPanel(owner, owner.isEmpty() ? messages.getText("journeymaps.map.owner.none") : names.apply(owner),
                owner.isEmpty(), review.cadence().intervalDays(),
                messages.getText("journeymaps.review.interval.days", review.cadence().intervalDays()), last, review.dueAt().toString(), day(review.dueAt()),
                state(review), messages.getText("journeymaps.review.state." + state(review)), review.isStale());
    }

    /** A map nobody has reviewed yet is "Not reviewed yet" until it is due: never "Up to date" beside "Never reviewed". */
    private static String state(MapReview review) {
        boolean upToDate = review.state().key().equals("current");
        return upToDate && !review.cadence().wasReviewed() ? "never" : review.state().key();
    }

    MapStewardship mapStewardship(PriorityReport report, MapReview review, String prioritiesUrl, String historyUrl,
                                  Function<String, String> names) {
        Set<Long> unowned = report.priorities().cards().stream().filter(CardPriority::isUnowned)
                .map(p -> p.card().id()).collect(Collectors.toUnmodifiableSet());
        ReviewPanel panel = review(review, names);
        java.util.Map<Long, CardBadge> badges = report.priorities().cards().stream().collect(Collectors.toUnmodifiableMap(
                p -> p.card().id(), p -> CardBadge.of(p.triage().ownerKey(), report.ownerName(p.triage().ownerKey()),
                        p.score(), p.triage().scores()), (a, b) -> a));
        return new MapStewardship(panel.ownerName(), prioritiesUrl, historyUrl, unowned.size(), unowned, panel, badges);
    }

    DueForReviewPage dueForReview(String projectKey, Collection<MapReview> reviews, PageUrls urls, Function<String, String> names) {
        List<DueForReviewPage.ReviewRow> rows = reviews.stream().map(review -> {
            ReviewPanel panel = review(review, names);
            long days = review.daysUntilDue();
            String daysLabel = days < 0 ? messages.getText("journeymaps.review.days.overdue", -days)
                    : messages.getText("journeymaps.review.days.left", days);
            return new DueForReviewPage.ReviewRow(review.map().id(), urls.map(review.map().id()), review.map().title(),
                    panel.ownerName(), panel.lastReviewed(), panel.dueIso(), panel.dueLabel(), panel.stateKey(),
                    panel.stateLabel(), daysLabel);
        }).toList();
        return new DueForReviewPage(projectKey, urls.project(projectKey), urls.project(projectKey) + "/priorities", rows);
    }

    private static ScoringMethod commonMethod(PriorityReport report) {
        return report.methods().values().stream().distinct().count() == 1
                ? report.methods().values().iterator().next() : ScoringMethod.IMPACT_FEASIBILITY;
    }

    private static String query(PriorityOrder order, List<PriorityFilter> filters) {
        List<String> params = new ArrayList<>();
        params.add("sort=" + order.key());
        filters.forEach(f -> params.add("filter=" + URLEncoder.encode(f.key(), StandardCharsets.UTF_8)));
        return "?" + String.join("&", params);
    }

    private static List<Choice> scale(Integer value) {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice("", "–", value == null));
        IntStream.rangeClosed(CardTriage.Scores.MIN, CardTriage.Scores.MAX)
                .forEach(n -> choices.add(new Choice(String.valueOf(n), String.valueOf(n), value != null && value == n)));
        return choices;
    }

    private List<Choice> riceImpacts(Double value) {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice("", "–", value == null));
        RICE_IMPACTS.forEach(n -> choices.add(new Choice(Score.plain(n),
                messages.getText("journeymaps.priorities.riceimpact." + Score.plain(n).replace('.', '_')), n.equals(value))));
        return choices;
    }

    private String day(Instant instant) {
        return formats.date(instant);
    }
}

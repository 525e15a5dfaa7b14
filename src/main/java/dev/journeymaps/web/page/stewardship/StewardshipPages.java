package dev.journeymaps.web.page.stewardship;

import dev.journeymaps.web.page.PageUrls;
import dev.journeymaps.web.page.history.HistoryPage;
import dev.journeymaps.web.page.history.HistoryPageModels;
import dev.journeymaps.web.page.history.ReviewColumn;
import dev.journeymaps.web.page.history.ReviewPanel;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.history.MapHistory;
import dev.journeymaps.app.history.MapReviews;
import dev.journeymaps.app.stewardship.Prioritizer;
import dev.journeymaps.app.stewardship.PriorityReport;
import dev.journeymaps.domain.history.BoardDiff;
import dev.journeymaps.domain.board.JourneyMap;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.history.MapReview;
import dev.journeymaps.domain.stewardship.PriorityFilter;
import dev.journeymaps.domain.stewardship.PriorityOrder;
import dev.journeymaps.domain.work.LinkedWork;
import dev.journeymaps.domain.history.Snapshot;
import dev.journeymaps.domain.ValidationException;
import jakarta.servlet.http.HttpServletRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The prioritization and review pages, and what they add to the map view and the map list:
 * <ul>
 *   <li>{@code GET /map/{id}/priorities} — the map's matrix and ranked action list ({@code ?sort=}, {@code ?filter=})</li>
 *   <li>{@code GET /project/{KEY}/priorities} — the same across the project's maps</li>
 *   <li>{@code GET /project/{KEY}/due-for-review} — the project's maps overdue or due soon</li>
 *   <li>{@code GET /map/{id}/history} — snapshots, a comparison ({@code ?from=ID&to=ID|now} or {@code ?compareMap=ID})
 *       and the audit trail</li>
 * </ul>
 * 200, or 404 unknown map / project not visible, 400 malformed key or unknown sort/filter (the servlet maps the exceptions).
 */
public class StewardshipPages {
    private static final Pattern MAP_PRIORITIES = Pattern.compile("/map/(\\d{1,18})/priorities/?");
    private static final Pattern PROJECT_PRIORITIES = Pattern.compile("/project/([^/]+)/priorities/?");
    private static final Pattern DUE_FOR_REVIEW = Pattern.compile("/project/([^/]+)/due-for-review/?");
    private static final Pattern MAP_HISTORY = Pattern.compile("/map/(\\d{1,18})/history/?");

    private final Prioritizer prioritizer;
    private final MapReviews reviews;
    private final MapHistory history;

    public StewardshipPages(Prioritizer prioritizer, MapReviews reviews, MapHistory history) {
        this.prioritizer = prioritizer;
        this.reviews = reviews;
        this.history = history;
    }

    /** A rendered page: the template and its view model. */
    public record View(String template, Object page) {
    }

    /** The page for this path, if it is one of ours. */
    public Optional<View> route(String path, HttpServletRequest request, Actor actor, PageUrls urls, PriorityPageModels models,
                         HistoryPageModels historyModels) {
        Matcher map = MAP_PRIORITIES.matcher(path);
        if (map.matches()) {
            long mapId = Long.parseLong(map.group(1));
            PriorityReport report = prioritizer.mapPriorities(actor, mapId);
            MapReview review = reviews.review(actor, mapId);
            return Optional.of(new View("templates/priorities.vm", models.priorities(report, order(request), filters(request),
                    page(request), urls, urls.map(mapId) + "/priorities", review.map(), models.review(review, names()), names())));
        }
        Matcher project = PROJECT_PRIORITIES.matcher(path);
        if (project.matches()) {
            PriorityReport report = prioritizer.projectPriorities(actor, project.group(1));
            return Optional.of(new View("templates/priorities.vm", models.priorities(report, order(request), filters(request),
                    page(request), urls, urls.project(report.projectKey()) + "/priorities", null, null, names())));
        }
        Matcher mapHistory = MAP_HISTORY.matcher(path);
        if (mapHistory.matches()) {
            return Optional.of(new View("templates/history.vm",
                    historyPage(Long.parseLong(mapHistory.group(1)), request, actor, urls, historyModels)));
        }
        Matcher due = DUE_FOR_REVIEW.matcher(path);
        if (due.matches()) {
            List<MapReview> list = reviews.dueForReview(actor, due.group(1));
            return Optional.of(new View("templates/due-for-review.vm",
                    models.dueForReview(due.group(1), list, urls, names())));
        }
        return Optional.empty();
    }

    private HistoryPage historyPage(long mapId, HttpServletRequest request, Actor actor, PageUrls urls, HistoryPageModels models) {
        JourneyMap map = reviews.review(actor, mapId).map();
        Function<String, String> names = history.namesFor(actor);
        List<Snapshot> snapshots = history.snapshots(actor, mapId);
        List<JourneyMap> related = history.relatedMaps(actor, mapId);
        Long from = id(request, "from");
        String to = request.getParameter("to");
        Long toId = to == null || to.isBlank() || to.strip().equals(HistoryPageModels.NOW) ? null : id(request, "to");
        Long compareMap = id(request, "compareMap");
        if (compareMap != null && (from != null || toId != null)) {
            throw ValidationException.field("compareMap", "Compare two snapshots (from, to) or this map with another (compareMap), not both.");
        }
        if (from == null && toId != null) {
            throw ValidationException.field("from", "Say which snapshot to compare from (?from=ID).");
        }
        HistoryPage.Comparison comparison = null;
        if (compareMap != null) {
            JourneyMap other = related.stream().filter(m -> m.id() == compareMap).findFirst().orElseThrow(() ->
                    ValidationException.field("compareMap", "Map " + compareMap + " is neither this map's origin nor made from it."));
            boolean otherIsOrigin = map.originMapId() != null && map.originMapId() == other.id();
            JourneyMap older = otherIsOrigin ? other : map;
            JourneyMap newer = otherIsOrigin ? map : other;
            List<dev.journeymaps.domain.board.EmotionCurve> curves = history.emotionCurves(actor, older.id(), newer.id());
            comparison = models.comparison(models.mapsHeading(older, newer), history.compareMaps(actor, older.id(), newer.id()), names)
                    .withCurves(dev.journeymaps.web.page.board.CurvePair.of(curves.get(0), curves.get(1), older.title(), newer.title()));
        } else if (from != null) {
            BoardDiff diff = history.compareSnapshots(actor, mapId, from, toId);
            comparison = models.comparison(models.snapshotsHeading(history.snapshot(actor, mapId, from),
                    toId == null ? null : history.snapshot(actor, mapId, toId)), diff, names);
        }
        return models.page(map, snapshots, from, to, related, comparison, history.history(actor, mapId),
                "all".equals(request.getParameter("trail")), urls, names, history.mayRestore(actor, map));
    }

    /** The ranked list's page, 1 when absent; anything but a positive number is a 400. */
    private static int page(HttpServletRequest request) {
        String page = request.getParameter("page");
        if (page == null || page.isBlank()) {
            return 1;
        }
        if (!page.strip().matches("0*[1-9]\\d{0,8}")) {
            throw ValidationException.field("page", "Not a page number: " + page.strip());
        }
        return Integer.parseInt(page.strip());
    }

    /** A positive id from the query, null when absent; anything else is a 400. */
    private static Long id(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.strip().matches("\\d{1,18}")) {
            throw ValidationException.field(name, "Not an id: " + value.strip());
        }
        return Long.valueOf(value.strip());
    }

    /** What the map view shows about owners and review: {@code $stewardship}. */
    public MapStewardship forMapView(Actor actor, MapBoard board, Map<Long, LinkedWork> linkedWork, PageUrls urls,
                                     PriorityPageModels models) {
        long mapId = board.map().id();
        return models.mapStewardship(prioritizer.mapPriorities(actor, board, linkedWork), reviews.review(actor, mapId),
                urls.map(mapId) + "/priorities", urls.map(mapId) + "/history", names());
    }

    /** The map list's review column: {@code $reviews}. */
    public ReviewColumn forMapList(Actor actor, String projectKey, PageUrls urls, PriorityPageModels models) {
        Map<Long, ReviewPanel> byMap = reviews.projectReviews(actor, projectKey).stream()
                .collect(Collectors.toMap(review -> review.map().id(), review -> models.review(review, names())));
        return new ReviewColumn(byMap, urls.project(projectKey) + "/due-for-review", urls.project(projectKey) + "/priorities");
    }

    private Function<String, String> names() {
        return reviews::nameOf;
    }

    private static PriorityOrder order(HttpServletRequest request) {
        String sort = request.getParameter("sort");
        if (sort == null || sort.isBlank()) {
            return PriorityOrder.SCORE;
        }
        PriorityOrder order = PriorityOrder.fromKey(sort);
        if (order == null) {
            throw ValidationException.field("sort", "Sort by score, impact, feasibility, stage or owner.");
        }
        return order;
    }

    private static List<PriorityFilter> filters(HttpServletRequest request) {
        String[] values = request.getParameterValues("filter");
        List<PriorityFilter> filters = new ArrayList<>();
        for (String value : values == null ? new String[0] : values) {
            PriorityFilter filter = PriorityFilter.fromKey(value);
            if (filter == null) {
                throw ValidationException.field("filter", "Filter by unowned, unlinked or assumption.");
            }
            if (!filters.contains(filter)) {
                filters.add(filter);
            }
        }
        return filters;
    }
}

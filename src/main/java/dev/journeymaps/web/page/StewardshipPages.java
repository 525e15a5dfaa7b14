package dev.journeymaps.web.page;

import dev.journeymaps.app.Actor;
import dev.journeymaps.app.MapReviews;
import dev.journeymaps.app.Prioritizer;
import dev.journeymaps.app.PriorityReport;
import dev.journeymaps.domain.MapBoard;
import dev.journeymaps.domain.MapReview;
import dev.journeymaps.domain.PriorityFilter;
import dev.journeymaps.domain.PriorityOrder;
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
 * </ul>
 * 200, or 404 unknown map / project not visible, 400 malformed key or unknown sort/filter (the servlet maps the exceptions).
 */
public class StewardshipPages {
    private static final Pattern MAP_PRIORITIES = Pattern.compile("/map/(\\d{1,18})/priorities/?");
    private static final Pattern PROJECT_PRIORITIES = Pattern.compile("/project/([^/]+)/priorities/?");
    private static final Pattern DUE_FOR_REVIEW = Pattern.compile("/project/([^/]+)/due-for-review/?");

    private final Prioritizer prioritizer;
    private final MapReviews reviews;

    public StewardshipPages(Prioritizer prioritizer, MapReviews reviews) {
        this.prioritizer = prioritizer;
        this.reviews = reviews;
    }

    /** A rendered page: the template and its view model. */
    record View(String template, Object page) {
    }

    /** The page for this path, if it is one of ours. */
    Optional<View> route(String path, HttpServletRequest request, Actor actor, PageUrls urls, PriorityPageModels models) {
        Matcher map = MAP_PRIORITIES.matcher(path);
        if (map.matches()) {
            long mapId = Long.parseLong(map.group(1));
            PriorityReport report = prioritizer.mapPriorities(actor, mapId);
            MapReview review = reviews.review(actor, mapId);
            return Optional.of(new View("templates/priorities.vm", models.priorities(report, order(request), filters(request),
                    urls, urls.map(mapId) + "/priorities", review.map(), models.review(review, names()), names())));
        }
        Matcher project = PROJECT_PRIORITIES.matcher(path);
        if (project.matches()) {
            PriorityReport report = prioritizer.projectPriorities(actor, project.group(1));
            return Optional.of(new View("templates/priorities.vm", models.priorities(report, order(request), filters(request),
                    urls, urls.project(report.projectKey()) + "/priorities", null, null, names())));
        }
        Matcher due = DUE_FOR_REVIEW.matcher(path);
        if (due.matches()) {
            List<MapReview> list = reviews.dueForReview(actor, due.group(1));
            return Optional.of(new View("templates/due-for-review.vm",
                    models.dueForReview(due.group(1), list, urls, names())));
        }
        return Optional.empty();
    }

    /** What the map view shows about owners and review: {@code $stewardship}. */
    MapStewardship forMapView(Actor actor, MapBoard board, PageUrls urls, PriorityPageModels models) {
        long mapId = board.map().id();
        return models.mapStewardship(prioritizer.mapPriorities(actor, board), reviews.review(actor, mapId),
                urls.map(mapId) + "/priorities", names());
    }

    /** The map list's review column: {@code $reviews}. */
    ReviewColumn forMapList(Actor actor, String projectKey, PageUrls urls, PriorityPageModels models) {
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

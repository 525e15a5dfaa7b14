package dev.journeymaps.web.page;

import dev.journeymaps.app.Actor;
import dev.journeymaps.app.board.MapCatalog;
import dev.journeymaps.app.work.MapWork;
import dev.journeymaps.app.work.WorkStatusReader;
import dev.journeymaps.domain.ValidationException;
import dev.journeymaps.web.IssueUrls;
import dev.journeymaps.web.page.board.BoardFragment;
import dev.journeymaps.web.page.board.MapViewPage;
import dev.journeymaps.web.page.stewardship.PriorityPageModels;
import dev.journeymaps.web.page.stewardship.StewardshipPages;
import dev.journeymaps.web.page.work.WorkFilter;
import jakarta.servlet.http.HttpServletRequest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live board's fragment, served by {@link MapPagesServlet} next to the map page in both hosts and checked the same
 * way (the map must be viewable by the caller: else 404, nothing told):
 * {@code GET /map/{id}/cards?ids=1,2,3[&work=…]} answers HTML with each requested card that is on the board rendered by
 * the board's own template ({@code map-card.vm}) with its lane, stage and index in the cell, a marker for each that is
 * not, the stages' card counts and their linked-work roll-up cells — so a page can apply others' card changes in place.
 * Ids: 1 to {@value #MAX_IDS} whole numbers, comma-separated; anything else is 400 naming the problem.
 */
final class BoardFragments {
    static final int MAX_IDS = 200;
    private static final Pattern PATH = Pattern.compile("/map/(\\d{1,18})/cards/?");
    private static final Pattern ID = Pattern.compile("\\d{1,18}");

    private final WorkStatusReader work;
    private final StewardshipPages stewardship;
    private final IssueUrls issueUrls;

    BoardFragments(WorkStatusReader work, StewardshipPages stewardship, IssueUrls issueUrls) {
        this.work = work;
        this.stewardship = stewardship;
        this.issueUrls = issueUrls;
    }

    /** The template's context for {@code path} if it is a fragment's address, else empty. */
    Optional<Map<String, Object>> route(String path, HttpServletRequest request, Actor actor, PageUrls urls, PageModels models,
                                        PriorityPageModels priorityModels) {
        Matcher matcher = PATH.matcher(path);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        List<Long> ids = ids(request.getParameter("ids"));
        MapWork mapWork = work.mapStatus(actor, Long.parseLong(matcher.group(1)));
        MapViewPage page = models.view(mapWork, new MapCatalog.Related(Optional.empty(), List.of()), List.of(),
                WorkFilter.fromKey(request.getParameter("work")), issueUrls, urls);
        return Optional.of(Map.of("page", page, "fragment", BoardFragment.of(page, ids),
                "stewardship", stewardship.forMapView(actor, mapWork.board(), mapWork.linkedWork(), urls, priorityModels)));
    }

    /** "1,2,3": distinct card ids in the order given. */
    static List<Long> ids(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            throw ValidationException.field("ids", "Give the ids of the cards to show, comma-separated (ids=1,2,3).");
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (String part : parameter.split(",", -1)) {
            String id = part.strip();
            if (!ID.matcher(id).matches()) {
                throw ValidationException.field("ids", "'" + (id.length() > 20 ? id.substring(0, 20) + "…" : id)
                        + "' is not a card id: give whole numbers, comma-separated (ids=1,2,3).");
            }
            ids.add(Long.parseLong(id));
            if (ids.size() > MAX_IDS) {
                throw ValidationException.field("ids", "At most " + MAX_IDS + " cards at a time.");
            }
        }
        return List.copyOf(ids);
    }
}

package dev.journeymaps.web.page;

import dev.journeymaps.web.Formats;
import dev.journeymaps.web.ReaderFormats;
import dev.journeymaps.web.page.board.MapListPage;
import dev.journeymaps.web.page.board.MapViewPage;
import dev.journeymaps.web.page.board.ProjectListPage;
import dev.journeymaps.web.page.comments.ForYouPanel;
import dev.journeymaps.app.comments.ForYou;
import dev.journeymaps.web.page.history.HistoryPageModels;
import dev.journeymaps.web.page.stewardship.MapStewardship;
import dev.journeymaps.web.page.stewardship.PriorityPageModels;
import dev.journeymaps.web.page.stewardship.StewardshipPages;
import dev.journeymaps.web.page.work.StatusPage;
import dev.journeymaps.web.page.work.WorkFilter;
import com.atlassian.annotations.security.LicensedOnly;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.board.MapCatalog;
import dev.journeymaps.app.work.MapWork;
import dev.journeymaps.app.work.MapWorkSummary;
import dev.journeymaps.app.work.tracker.IssueTrackerException;
import dev.journeymaps.app.NotFoundException;
import dev.journeymaps.app.board.PersonaDirectory;
import dev.journeymaps.app.PermissionDeniedException;
import dev.journeymaps.app.work.WorkStatusReader;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.MapFilter;
import dev.journeymaps.domain.work.MapRollup;
import dev.journeymaps.domain.board.MapType;
import dev.journeymaps.domain.ValidationException;
import dev.journeymaps.web.IssueUrls;
import dev.journeymaps.web.Messages;
import dev.journeymaps.web.PageResources;
import dev.journeymaps.web.RequestActor;
import dev.journeymaps.web.ViewRenderer;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

/**
 * The journey map pages, mounted at {@code /plugins/servlet/journeymaps} in both hosts.
 * <ul>
 *   <li>{@code GET /projects[?key=k]} — 200 the project picker (projects with maps, other projects the user may browse);
 *       with {@code key}, a redirect to that project's page. Keys in {@code /project/{key}…} are case-insensitive:
 *       a lower-case key is redirected to the upper-case address.</li>
 *   <li>{@code GET /project/{KEY}[?type=&personaId=&owner=&q=]} — 200 the project's maps (filtered, each with its
 *       linked-work roll-up) and personas;
 *       404 if the project is not visible; 400 for a malformed key. Unknown filter values filter nothing.</li>
 *   <li>{@code GET /map/{id}[?work=all|unlinked|in-progress|done]} — 200 the map with the live status of its linked
 *       work (from the issue cache when Jira is slow or down, with a warning), cards not matching {@code work} dimmed;
 *       404 if it does not exist or is not visible</li>
 *   <li>{@code GET /map/{id}/cards?ids=1,2,3} — the live board's fragment of those cards: see {@link BoardFragments}</li>
 *   <li>priorities and review pages: see {@link StewardshipPages}</li>
 *   <li>anything else — 404. Anonymous requests are redirected to Jira's login page and come back.</li>
 * </ul>
 * Reading needs no JavaScript; writes go through the REST API from {@code journey-maps.js}.
 */
@LicensedOnly // Atlassian DC security requirements: every servlet says who may reach it
public class MapPagesServlet extends HttpServlet {
    private static final Pattern PROJECT = Pattern.compile("/project/([^/]+)/?");
    private static final Pattern MAP = Pattern.compile("/map/(\\d{1,18})/?");

    private final transient MapCatalog catalog;
    private final transient PersonaDirectory personas;
    private final transient ViewRenderer renderer;
    private final transient PageResources resources;
    private final transient RequestActor requestActor;
    private final transient Messages messages;
    private final transient StewardshipPages stewardship;
    private final transient ReaderFormats formats;
    private final transient WorkStatusReader work;
    private final transient IssueUrls issueUrls;
    private final transient ForYou forYou;
    private final transient BoardFragments fragments;
    private final transient BoardHtmlCache grids;
    private final transient BoardGrids models = new BoardGrids();

    @Inject
    public MapPagesServlet(MapCatalog catalog, PersonaDirectory personas, ViewRenderer renderer, PageResources resources,
                           RequestActor requestActor, Messages messages, StewardshipPages stewardship,
                           WorkStatusReader work, IssueUrls issueUrls, ReaderFormats formats, ForYou forYou) {
        this.forYou = forYou;
        this.grids = new BoardHtmlCache(renderer);
        this.catalog = catalog;
        this.personas = personas;
        this.renderer = renderer;
        this.resources = resources;
        this.requestActor = requestActor;
        this.messages = messages;
        this.work = work;
        this.issueUrls = issueUrls;
        this.formats = formats;
        this.stewardship = stewardship;
        this.fragments = new BoardFragments(work, stewardship, issueUrls);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PageUrls urls = new PageUrls(request.getContextPath());
        Actor actor = requestActor.actorOf(request);
        if (actor == null) {
            response.sendRedirect(loginUrl(request));
            return;
        }
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Optional<String> canonical = path.equals("/projects") && request.getParameter("key") != null
                ? ProjectPaths.typed(request.getParameter("key")) : ProjectPaths.canonical(path);
        if (canonical.isPresent()) {
            String query = request.getQueryString() == null || path.equals("/projects") ? "" : "?" + request.getQueryString();
            response.sendRedirect(request.getContextPath() + PageUrls.SERVLET_PATH + canonical.get() + query);
            return;
        }
        try {
            Matcher project = PROJECT.matcher(path);
            Matcher map = MAP.matcher(path);
            Formats readers = formats.of(request);
            PageModels models = new PageModels(messages, readers);
            PriorityPageModels priorityModels = new PriorityPageModels(messages, readers);
            HistoryPageModels historyModels = new HistoryPageModels(messages, readers);
            Optional<StewardshipPages.View> ours = stewardship.route(path, request, actor, urls, priorityModels, historyModels);
            Optional<Map<String, Object>> fragment = ours.isPresent() ? Optional.empty()
                    : fragments.route(path, request, actor, urls, models, priorityModels);
            if (ours.isPresent()) {
                send(request, response, HttpServletResponse.SC_OK, ours.get().template(), ours.get().page());
            } else if (fragment.isPresent()) {
                send(request, response, HttpServletResponse.SC_OK, "templates/map-cards.vm", fragment.get().get("page"), fragment.get());
            } else if (path.equals("/projects") || path.equals("/projects/")) {
                send(request, response, HttpServletResponse.SC_OK, "templates/projects.vm",
                        ProjectListPage.of(catalog.projects(actor), urls::project, urls.projects(), messages));
            } else if (project.matches()) {
                String key = project.group(1);
                Map<Long, MapRollup> rollups = work.projectStatus(actor, key).maps().stream()
                        .collect(Collectors.toMap(MapWorkSummary::mapId, MapWorkSummary::rollup));
                MapListPage page = models.list(key, catalog.listMaps(actor, key), personas.listPersonas(actor, key), filter(request),
                        rollups, urls);
                send(request, response, HttpServletResponse.SC_OK, "templates/map-list.vm", page,
                        Map.of("reviews", stewardship.forMapList(actor, key, urls, priorityModels),
                                "forYou", ForYouPanel.forProject(forYou, actor, key, messages, readers, urls)));
            } else if (map.matches()) {
                MapWork mapWork = work.mapStatus(actor, Long.parseLong(map.group(1)));
                MapBoard board = mapWork.board();
                MapViewPage page = new PageModels(messages, readers, this.models).view(mapWork, catalog.related(actor, board.map()),
                        personas.listPersonas(actor, board.map().projectKey()), WorkFilter.fromKey(request.getParameter("work")),
                        issueUrls, urls);
                MapStewardship mapStewardship = stewardship.forMapView(actor, board, mapWork.linkedWork(), urls, priorityModels);
                send(request, response, HttpServletResponse.SC_OK, "templates/map-view.vm", page, Map.of("stewardship", mapStewardship,
                        "boardHtml", grids.html(page.grid(), mapStewardship.cards(), messages),
                        "archived", board.map().archived(), "canRestore", catalog.canEdit(actor, board.map().projectKey())));
            } else {
                status(request, response, HttpServletResponse.SC_NOT_FOUND, "journeymaps.error.notfound", "");
            }
        } catch (NotFoundException e) {
            status(request, response, HttpServletResponse.SC_NOT_FOUND, "journeymaps.error.notfound", e.getMessage());
        } catch (PermissionDeniedException e) {
            status(request, response, HttpServletResponse.SC_FORBIDDEN, "journeymaps.error.forbidden", e.getMessage());
        } catch (ValidationException e) {
            status(request, response, HttpServletResponse.SC_BAD_REQUEST, "journeymaps.error.invalid", e.getMessage());
        } catch (IssueTrackerException e) {
            jiraRefused(request, response, e);
        }
    }

    /**
     * Jira no longer accepts the user's credentials (revoked or expired token): sign in again and come back to this
     * page. Jira forbidding something is 403; Jira down with nothing confirmed to show is our own 503 page.
     */
    private void jiraRefused(HttpServletRequest request, HttpServletResponse response, IssueTrackerException e) throws IOException {
        switch (e.kind()) {
            case UNAUTHORIZED -> response.sendRedirect(loginUrl(request));
            case FORBIDDEN -> status(request, response, HttpServletResponse.SC_FORBIDDEN, "journeymaps.error.forbidden",
                    String.join(" ", e.errorMessages()));
            case NOT_FOUND -> status(request, response, HttpServletResponse.SC_NOT_FOUND, "journeymaps.error.notfound", "");
            default -> status(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "journeymaps.error.jira",
                    messages.getText("journeymaps.error.jira.detail"));
        }
    }

    private void status(HttpServletRequest request, HttpServletResponse response, int status, String headingKey,
                        String detail) throws IOException {
        StatusPage page = new StatusPage(status, messages.getText(headingKey), detail, new PageUrls(request.getContextPath()).home());
        send(request, response, status, "templates/status.vm", page);
    }

    private void send(HttpServletRequest request, HttpServletResponse response, int status, String template,
                      Object page) throws IOException {
        send(request, response, status, template, page, Map.of());
    }

    private void send(HttpServletRequest request, HttpServletResponse response, int status, String template,
                      Object page, Map<String, Object> extra) throws IOException {
        Map<String, Object> context = new HashMap<>(extra);
        context.put("page", page);
        context.put("i18n", messages);
        context.put("contextPath", request.getContextPath());
        context.put("headHtml", resources.headHtml(request));
        // The board's grid (most of a large page) goes to the response as it is, not copied through the page's render.
        Object board = context.computeIfPresent("boardHtml", (name, grid) -> BoardHtmlCache.MARK);
        String html = renderer.render(template, context);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (board == null || !BoardHtmlCache.write(response.getWriter(), html, (String) extra.get("boardHtml"))) {
            context.put("boardHtml", extra.get("boardHtml"));
            response.getWriter().write(board == null ? html : renderer.render(template, context));
        }
    }

    /** The list filter from the form's GET parameters; values that mean nothing are ignored, not errors. */
    private static MapFilter filter(HttpServletRequest request) {
        Long personaId = null;
        try {
            String persona = request.getParameter("personaId");
            personaId = persona == null || persona.isBlank() ? null : Long.valueOf(persona.strip());
        } catch (NumberFormatException e) {
            personaId = null;
        }
        return new MapFilter(MapType.fromKey(request.getParameter("type")), personaId, request.getParameter("owner"),
                request.getParameter("q"));
    }

    /** Jira's login page, returning to this page afterwards (os_destination is relative to the context). */
    private static String loginUrl(HttpServletRequest request) {
        String destination = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return request.getContextPath() + "/login.jsp?os_destination="
                + URLEncoder.encode(destination, StandardCharsets.UTF_8);
    }
}

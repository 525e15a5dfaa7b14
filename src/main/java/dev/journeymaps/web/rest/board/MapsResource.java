package dev.journeymaps.web.rest.board;

import com.atlassian.annotations.security.LicensedOnly;
import dev.journeymaps.web.rest.CallerResolver;
import dev.journeymaps.web.rest.Requests;
import dev.journeymaps.app.board.MapCatalog;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.MapDetails;
import dev.journeymaps.domain.board.MapFilter;
import dev.journeymaps.domain.board.MapType;
import dev.journeymaps.domain.board.ScopeCard;
import dev.journeymaps.domain.ValidationException;
import dev.journeymaps.web.RequestActor;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;

/**
 * Journey maps. Status codes: 200/201/204 success; 400 bad input (Jira error shape); 401 anonymous;
 * 403 no permission for the change; 404 unknown map or project not visible; 409 stale version.
 */
@LicensedOnly // REST v2: licensed users only, said explicitly (DC security requirements)
@Path("/maps")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MapsResource {
    private final MapCatalog catalog;
    private final RequestActor requestActor;

    @Context
    private HttpServletRequest request;

    @Inject
    public MapsResource(MapCatalog catalog, RequestActor requestActor) {
        this.catalog = catalog;
        this.requestActor = requestActor;
    }

    /**
     * The maps of a project ({@code ?projectKey=KEY}), optionally only those of a {@code type}, a {@code personaId},
     * an {@code owner} (user key) and with {@code q} in the title.
     */
    @GET
    public List<MapJson.Summary> list(@QueryParam("projectKey") String projectKey, @QueryParam("type") String type,
                                      @QueryParam("personaId") String personaId, @QueryParam("owner") String owner,
                                      @QueryParam("q") String search) {
        MapFilter filter = new MapFilter(type(type), Requests.longParam(personaId, "personaId"), owner, search);
        return catalog.listMaps(CallerResolver.require(requestActor, request), projectKey, filter).stream()
                .map(MapJson.Summary::of).toList();
    }

    /** Creates a map from its type's template. 201 with the whole map. */
    @POST
    public Response create(Requests.MapBody body, @Context UriInfo uriInfo) {
        Requests.MapBody b = Requests.body(body);
        MapBoard board = catalog.createMap(CallerResolver.require(requestActor, request), b.projectKey(), details(b));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(board.map().id())).build())
                .entity(json(board)).build();
    }

    /**
     * Copies a current-state map (stages, lanes, cards, evidence) into a new future-state map that links
     * back to it, titled {@code {"title": …}} (optional: "… (future state)"). 201 with the new map; 400 if the map
     * is not a current-state map.
     */
    @POST
    @Path("/{mapId}/future-state")
    public Response createFutureState(@PathParam("mapId") long mapId, TitleBody body, @Context UriInfo uriInfo) {
        MapBoard board = catalog.createFutureState(CallerResolver.require(requestActor, request), mapId, body == null ? null : body.title());
        return created(board, uriInfo);
    }

    public Response createFutureState(long mapId, UriInfo uriInfo) {
        return createFutureState(mapId, null, uriInfo);
    }

    /**
     * Duplicates a map (stages, lanes, cards, evidence; not its links, scores or history) as a new map of the same
     * type titled {@code {"title": …}} (optional: "Copy of …"), owned by the caller. 201 with the new map.
     */
    @POST
    @Path("/{mapId}/copy")
    public Response duplicate(@PathParam("mapId") long mapId, TitleBody body, @Context UriInfo uriInfo) {
        MapBoard board = catalog.duplicate(CallerResolver.require(requestActor, request), mapId, body == null ? null : body.title());
        return created(board, uriInfo);
    }

    private Response created(MapBoard board, UriInfo uriInfo) {
        return Response.created(uriInfo.getBaseUriBuilder().path("maps").path(String.valueOf(board.map().id())).build())
                .entity(json(board)).build();
    }

    /** The title of a map made from another one. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    public record TitleBody(String title) {
    }

    @GET
    @Path("/{mapId}")
    public MapJson.Board get(@PathParam("mapId") long mapId) {
        return json(catalog.viewMap(CallerResolver.require(requestActor, request), mapId));
    }

    /** Edits title, type, scope card and owner; a body without {@code owner} keeps the map's owner. */
    @PUT
    @Path("/{mapId}")
    public MapJson.Board update(@PathParam("mapId") long mapId, Requests.MapBody body) {
        Requests.MapBody b = Requests.body(body);
        var actor = CallerResolver.require(requestActor, request);
        MapDetails details = details(b);
        if (b.owner() == null) {
            details = details.ownedBy(catalog.viewMap(actor, mapId).map().ownerKey());
        }
        return json(catalog.updateMap(actor, mapId, Requests.version(b.version()), details));
    }

    /** Deletes a map and everything on it; project administrators only. 204. */
    @DELETE
    @Path("/{mapId}")
    public Response delete(@PathParam("mapId") long mapId, @QueryParam("version") String version) {
        catalog.deleteMap(CallerResolver.require(requestActor, request), mapId, Requests.version(Requests.longParam(version, "version")));
        return Response.noContent().build();
    }

    /**
     * Archives the map ({@code {"version": n}}): kept whole, read-only, out of the project's active list and roll-ups.
     * 200 with the map; 400 if already archived; 403 for viewers; 409 stale version.
     */
    @POST
    @Path("/{mapId}/archive")
    public MapJson.Board archive(@PathParam("mapId") long mapId, VersionBody body) {
        return json(catalog.archive(CallerResolver.require(requestActor, request), mapId, Requests.version(Requests.body(body).version())));
    }

    /** Restores an archived map ({@code {"version": n}}): editable again. 200 with the map; 400 if it is not archived. */
    @POST
    @Path("/{mapId}/restore")
    public MapJson.Board restore(@PathParam("mapId") long mapId, VersionBody body) {
        return json(catalog.restore(CallerResolver.require(requestActor, request), mapId, Requests.version(Requests.body(body).version())));
    }

    /** The map version a write quotes. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    public record VersionBody(Long version) {
    }

    private MapJson.Board json(MapBoard board) {
        return MapJson.Board.of(board, catalog.related(CallerResolver.require(requestActor, request), board.map()));
    }

    private static MapDetails details(Requests.MapBody b) {
        return new MapDetails(b.title(), type(b.type()), new ScopeCard(b.persona(), b.journey(), b.goal(), b.purpose()),
                b.owner(), b.personaId());
    }

    private static MapType type(String key) {
        MapType type = MapType.fromKey(key);
        if (key != null && !key.isEmpty() && type == null) {
            throw ValidationException.field("type", "Unknown map type \"" + key
                    + "\": use current-state, future-state, day-in-the-life or service-blueprint.");
        }
        return type;
    }
}

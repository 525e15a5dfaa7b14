package dev.journeymaps.web.rest.board;

import com.atlassian.annotations.security.LicensedOnly;
import dev.journeymaps.web.rest.CallerResolver;
import dev.journeymaps.web.rest.Requests;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.board.Added;
import dev.journeymaps.app.board.BoardEditor;
import dev.journeymaps.app.history.BoardUndo;
import dev.journeymaps.app.NotFoundException;
import dev.journeymaps.domain.board.LaneKind;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.ValidationException;
import dev.journeymaps.web.RequestActor;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Lanes (rows) of a map. Every write quotes the map version; the answer carries the new one.
 * Status codes: 200/201 success; 400 bad input; 401 anonymous; 403 no edit permission; 404 unknown
 * map or lane; 409 stale version.
 */
@LicensedOnly // REST v2: licensed users only, said explicitly (DC security requirements)
@Path("/maps/{mapId}/lanes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LanesResource {
    private final BoardEditor editor;
    private final BoardUndo undo;
    private final RequestActor requestActor;

    @Context
    private HttpServletRequest request;

    @Inject
    public LanesResource(BoardEditor editor, BoardUndo undo, RequestActor requestActor) {
        this.editor = editor;
        this.undo = undo;
        this.requestActor = requestActor;
    }

    /** Adds a lane of a kind at {@code index} (default: last). 201. */
    @POST
    public Response add(@PathParam("mapId") long mapId, Requests.LaneBody body) {
        Requests.LaneBody b = Requests.body(body);
        long version = Requests.version(b.version());
        LaneKind kind = LaneKind.fromKey(b.kind());
        if (b.kind() != null && kind == null) {
            throw ValidationException.field("kind", "Unknown lane kind \"" + b.kind() + "\".");
        }
        Added added = editor.addLane(actor(), mapId, version, kind, b.title(), Requests.optionalIndex(b.index()));
        return Response.status(Response.Status.CREATED).entity(result(added.board(), added.id())).build();
    }

    /** Renames a lane ({@code title}) and/or hides or shows it ({@code hidden}); a field left out stays as it is. */
    @PUT
    @Path("/{laneId}")
    public MapJson.LaneResult rename(@PathParam("mapId") long mapId, @PathParam("laneId") long laneId, Requests.LaneBody body) {
        Requests.LaneBody b = Requests.body(body);
        long version = Requests.version(b.version());
        return result(editor.editLane(actor(), mapId, version, laneId, b.title(), b.hidden()), laneId);
    }

    /** Moves a lane to {@code index}. */
    @POST
    @Path("/{laneId}/move")
    public MapJson.LaneResult move(@PathParam("mapId") long mapId, @PathParam("laneId") long laneId, Requests.MoveBody body) {
        Requests.MoveBody b = Requests.body(body);
        long version = Requests.version(b.version());
        return result(editor.moveLane(actor(), mapId, version, laneId, Requests.index(b.index())), laneId);
    }

    /** Deletes a lane and the cards in it. */
    @DELETE
    @Path("/{laneId}")
    public MapJson.VersionResult delete(@PathParam("mapId") long mapId, @PathParam("laneId") long laneId,
                                        @QueryParam("version") String version) {
        long quoted = Requests.version(Requests.longParam(version, "version"));
        return new MapJson.VersionResult(undo.deleteLane(actor(), mapId, quoted, laneId).version());
    }

    private Actor actor() {
        return CallerResolver.require(requestActor, request);
    }

    /** The lane as stored after a write, with the map version the write committed. */
    private static MapJson.LaneResult result(MapBoard board, long laneId) {
        return new MapJson.LaneResult(board.lane(laneId).map(MapJson.LaneJson::of)
                .orElseThrow(() -> new NotFoundException("Lane " + laneId + " was deleted meanwhile.")), board.version());
    }
}

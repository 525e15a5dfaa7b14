package dev.journeymaps.web.rest.board;

import com.atlassian.annotations.security.LicensedOnly;
import dev.journeymaps.web.rest.CallerResolver;
import dev.journeymaps.web.rest.Requests;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.board.Added;
import dev.journeymaps.app.board.BoardEditor;
import dev.journeymaps.app.history.BoardUndo;
import dev.journeymaps.app.NotFoundException;
import dev.journeymaps.domain.board.MapBoard;
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
 * Stages (columns) of a map. Every write quotes the map version; the answer carries the new one.
 * Status codes: 200/201 success; 400 bad input; 401 anonymous; 403 no edit permission; 404 unknown
 * map or stage; 409 stale version.
 */
@LicensedOnly // REST v2: licensed users only, said explicitly (DC security requirements)
@Path("/maps/{mapId}/stages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StagesResource {
    private final BoardEditor editor;
    private final BoardUndo undo;
    private final RequestActor requestActor;

    @Context
    private HttpServletRequest request;

    @Inject
    public StagesResource(BoardEditor editor, BoardUndo undo, RequestActor requestActor) {
        this.editor = editor;
        this.undo = undo;
        this.requestActor = requestActor;
    }

    /** Adds a stage at {@code index} (default: last). 201. */
    @POST
    public Response add(@PathParam("mapId") long mapId, Requests.StageBody body) {
        Requests.StageBody b = Requests.body(body);
        long version = Requests.version(b.version());
        Added added = editor.addStage(actor(), mapId, version, b.name(), Requests.optionalIndex(b.index()));
        return Response.status(Response.Status.CREATED).entity(result(added.board(), added.id())).build();
    }

    /** Renames a stage. */
    @PUT
    @Path("/{stageId}")
    public MapJson.StageResult rename(@PathParam("mapId") long mapId, @PathParam("stageId") long stageId, Requests.StageBody body) {
        Requests.StageBody b = Requests.body(body);
        long version = Requests.version(b.version());
        return result(editor.renameStage(actor(), mapId, version, stageId, b.name()), stageId);
    }

    /** Moves a stage to {@code index}. */
    @POST
    @Path("/{stageId}/move")
    public MapJson.StageResult move(@PathParam("mapId") long mapId, @PathParam("stageId") long stageId, Requests.MoveBody body) {
        Requests.MoveBody b = Requests.body(body);
        long version = Requests.version(b.version());
        return result(editor.moveStage(actor(), mapId, version, stageId, Requests.index(b.index())), stageId);
    }

    /** Deletes a stage and the cards in it; undoable by its author. */
    @DELETE
    @Path("/{stageId}")
    public MapJson.VersionResult delete(@PathParam("mapId") long mapId, @PathParam("stageId") long stageId,
                                        @QueryParam("version") String version) {
        long quoted = Requests.version(Requests.longParam(version, "version"));
        return new MapJson.VersionResult(undo.deleteStage(actor(), mapId, quoted, stageId).version());
    }

    private Actor actor() {
        return CallerResolver.require(requestActor, request);
    }

    /** The stage as stored after a write, with the map version the write committed. */
    private static MapJson.StageResult result(MapBoard board, long stageId) {
        return new MapJson.StageResult(board.stage(stageId).map(MapJson.StageJson::of)
                .orElseThrow(() -> new NotFoundException("Stage " + stageId + " was deleted meanwhile.")), board.version());
    }
}

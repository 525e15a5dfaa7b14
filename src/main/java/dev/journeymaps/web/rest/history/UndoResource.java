package dev.journeymaps.web.rest.history;

import com.atlassian.annotations.security.LicensedOnly;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.history.BoardUndo;
import dev.journeymaps.web.RequestActor;
import dev.journeymaps.web.rest.CallerResolver;
import dev.journeymaps.web.rest.Requests;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * Undo of the caller's last change of a map (a card, stage, lane or piece of evidence deleted, a card moved), quoting
 * the version that change produced. It comes back as a new version of the map, audited. Status codes: 200 with what
 * was put back ({@code what}: card, stage, lane or evidence; {@code id}, new for a restored row; {@code cardId} the
 * card to show, 0 for a stage or lane) and the new version; 400 nothing of the caller's to undo (their change is no longer the
 * latest), missing version; 401 anonymous; 403 no edit permission; 404 unknown map; 409 stale version.
 */
@LicensedOnly // REST v2: licensed users only, said explicitly (DC security requirements)
@Path("/maps/{mapId}/undo")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UndoResource {
    private final BoardUndo undo;
    private final RequestActor requestActor;

    @Context
    private HttpServletRequest request;

    @Inject
    public UndoResource(BoardUndo undo, RequestActor requestActor) {
        this.undo = undo;
        this.requestActor = requestActor;
    }

    @POST
    public UndoResult undo(@PathParam("mapId") long mapId, Body body) {
        Body b = Requests.body(body);
        BoardUndo.Restored restored = undo.undo(actor(), mapId, Requests.version(b.version()));
        return new UndoResult(restored.what(), restored.id(), restored.cardId(), restored.version());
    }

    /** The request: the map version the change to undo produced. */
    public record Body(Long version) {
    }

    /** The answer: what was put back, its id, the card to show (0 for a stage or lane) and the map's new version. */
    public record UndoResult(String what, long id, long cardId, long version) {
    }

    private Actor actor() {
        return CallerResolver.require(requestActor, request);
    }
}

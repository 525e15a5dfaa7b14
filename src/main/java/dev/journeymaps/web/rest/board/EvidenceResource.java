package dev.journeymaps.web.rest.board;

import com.atlassian.annotations.security.LicensedOnly;
import dev.journeymaps.web.rest.CallerResolver;
import dev.journeymaps.web.rest.Requests;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.board.Added;
import dev.journeymaps.app.board.EvidenceEditor;
import dev.journeymaps.app.history.BoardUndo;
import dev.journeymaps.app.NotFoundException;
import dev.journeymaps.domain.board.Evidence;
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
 * Evidence behind a pain point or opportunity. Every write quotes the map version; the answer carries the
 * new one. Status codes: 200/201 success; 400 bad input (unknown type, negative count, a source link that is
 * not http(s), a card that is not a pain point or opportunity); 401 anonymous; 403 no edit permission;
 * 404 unknown map, card or evidence; 409 stale version.
 */
@LicensedOnly // REST v2: licensed users only, said explicitly (DC security requirements)
@Path("/maps/{mapId}/cards/{cardId}/evidence")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvidenceResource {
    private final EvidenceEditor editor;
    private final BoardUndo undo;
    private final RequestActor requestActor;

    @Context
    private HttpServletRequest request;

    @Inject
    public EvidenceResource(EvidenceEditor editor, BoardUndo undo, RequestActor requestActor) {
        this.editor = editor;
        this.undo = undo;
        this.requestActor = requestActor;
    }

    /** Adds a piece of evidence to the card. 201. */
    @POST
    public Response add(@PathParam("mapId") long mapId, @PathParam("cardId") long cardId, Requests.EvidenceBody body) {
        Requests.EvidenceBody b = Requests.body(body);
        long version = Requests.version(b.version());
        Added added = editor.addEvidence(actor(), mapId, version, cardId, content(b));
        return Response.status(Response.Status.CREATED).entity(result(added.board(), added.id())).build();
    }

    /** Replaces every field of a piece of evidence. */
    @PUT
    @Path("/{evidenceId}")
    public MapJson.EvidenceResult edit(@PathParam("mapId") long mapId, @PathParam("cardId") long cardId,
                                       @PathParam("evidenceId") long evidenceId, Requests.EvidenceBody body) {
        Requests.EvidenceBody b = Requests.body(body);
        long version = Requests.version(b.version());
        return result(editor.editEvidence(actor(), mapId, version, cardId, evidenceId, content(b)), evidenceId);
    }

    @DELETE
    @Path("/{evidenceId}")
    public MapJson.VersionResult delete(@PathParam("mapId") long mapId, @PathParam("cardId") long cardId,
                                        @PathParam("evidenceId") long evidenceId, @QueryParam("version") String version) {
        long quoted = Requests.version(Requests.longParam(version, "version"));
        return new MapJson.VersionResult(editor.deleteEvidence(actor(), mapId, quoted, cardId, evidenceId,
                undo.keepingEvidence(actor(), mapId, cardId, evidenceId)).version());
    }

    private static Evidence.Content content(Requests.EvidenceBody b) {
        return new Evidence.Content(Requests.evidenceType(b.type()), Boolean.TRUE.equals(b.quantitative()),
                Requests.wholeNumber(b.customersAffected(), "customersAffected"), b.sourceUrl(), b.quote(), Requests.date(b.date()),
                Boolean.TRUE.equals(b.assumption()));
    }

    private Actor actor() {
        return CallerResolver.require(requestActor, request);
    }

    private static MapJson.EvidenceResult result(MapBoard board, long evidenceId) {
        return new MapJson.EvidenceResult(board.evidence(evidenceId).map(MapJson.EvidenceJson::of)
                .orElseThrow(() -> new NotFoundException("Evidence " + evidenceId + " was deleted meanwhile.")), board.version());
    }
}

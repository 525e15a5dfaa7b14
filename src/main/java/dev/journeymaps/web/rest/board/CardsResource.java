package dev.journeymaps.web.rest.board;

import com.atlassian.annotations.security.LicensedOnly;
import dev.journeymaps.web.rest.CallerResolver;
import dev.journeymaps.web.rest.Requests;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.board.Added;
import dev.journeymaps.app.board.BoardEditor;
import dev.journeymaps.app.board.MapCatalog;
import dev.journeymaps.app.history.BoardUndo;
import dev.journeymaps.app.NotFoundException;
import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.MapBoard;
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

/**
 * Cards in the cells of a map. Every write quotes the map version; the answer carries the new one. Deletes and
 * moves go through {@link BoardUndo}, so their author can take them back ({@code POST /maps/{mapId}/undo}).
 * Status codes: 200/201 success; 400 bad input (including a lane or stage of another map); 401
 * anonymous; 403 no edit permission; 404 unknown map or card; 409 stale version.
 */
@LicensedOnly // REST v2: licensed users only, said explicitly (DC security requirements)
@Path("/maps/{mapId}/cards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CardsResource {
    private final BoardEditor editor;
    private final BoardUndo undo;
    private final MapCatalog catalog;
    private final RequestActor requestActor;

    @Context
    private HttpServletRequest request;

    @Inject
    public CardsResource(BoardEditor editor, BoardUndo undo, MapCatalog catalog, RequestActor requestActor) {
        this.editor = editor;
        this.undo = undo;
        this.catalog = catalog;
        this.requestActor = requestActor;
    }

    /** One card with its evidence, lane and stage, and the map version: what the side panel shows. 200; 404 unknown card. */
    @GET
    @Path("/{cardId}")
    public MapJson.CardInContext get(@PathParam("mapId") long mapId, @PathParam("cardId") long cardId) {
        MapBoard board = catalog.viewMap(actor(), mapId);
        Card card = board.card(cardId).orElseThrow(() -> new NotFoundException("Card " + cardId + " is not part of map " + mapId + "."));
        return MapJson.CardInContext.of(board, card);
    }

    /** Adds a card to the cell ({@code laneId}, {@code stageId}) at {@code index} (default: last). 201. */
    @POST
    public Response add(@PathParam("mapId") long mapId, Requests.CardBody body) {
        Requests.CardBody b = Requests.body(body);
        long version = Requests.version(b.version());
        Added added = editor.addCard(actor(), mapId, version, Requests.id(b.laneId(), "laneId"),
                Requests.id(b.stageId(), "stageId"), Requests.optionalIndex(b.index()), content(b));
        return Response.status(Response.Status.CREATED).entity(result(added.board(), added.id())).build();
    }

    /** Replaces a card's text, details, emotion score (emotion lanes) and channel (touchpoint lanes). */
    @PUT
    @Path("/{cardId}")
    public MapJson.CardResult edit(@PathParam("mapId") long mapId, @PathParam("cardId") long cardId, Requests.CardBody body) {
        Requests.CardBody b = Requests.body(body);
        long version = Requests.version(b.version());
        return result(editor.editCard(actor(), mapId, version, cardId, content(b)), cardId);
    }

    /** Moves a card to a cell (possibly its own) at {@code index}. */
    @POST
    @Path("/{cardId}/move")
    public MapJson.CardResult move(@PathParam("mapId") long mapId, @PathParam("cardId") long cardId, Requests.MoveBody b) {
        Requests.MoveBody body = Requests.body(b);
        long version = Requests.version(body.version());
        MapBoard board = undo.moveCard(actor(), mapId, version, cardId, Requests.id(body.laneId(), "laneId"),
                Requests.id(body.stageId(), "stageId"), Requests.index(body.index()));
        return result(board, cardId);
    }

    @DELETE
    @Path("/{cardId}")
    public MapJson.VersionResult delete(@PathParam("mapId") long mapId, @PathParam("cardId") long cardId,
                                        @QueryParam("version") String version) {
        long quoted = Requests.version(Requests.longParam(version, "version"));
        return new MapJson.VersionResult(undo.deleteCard(actor(), mapId, quoted, cardId).version());
    }

    private static Card.Content content(Requests.CardBody b) {
        return new Card.Content(b.text(), b.details(), Requests.wholeNumber(b.emotion(), "emotion"), Requests.channel(b.channel()));
    }

    private Actor actor() {
        return CallerResolver.require(requestActor, request);
    }

    private static MapJson.CardResult result(MapBoard board, long cardId) {
        return new MapJson.CardResult(board.card(cardId).map(card -> MapJson.CardJson.of(board, card))
                .orElseThrow(() -> new NotFoundException("Card " + cardId + " was deleted meanwhile.")), board.version());
    }
}

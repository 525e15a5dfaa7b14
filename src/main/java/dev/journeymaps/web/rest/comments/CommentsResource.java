package dev.journeymaps.web.rest.comments;

import com.atlassian.annotations.security.LicensedOnly;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.comments.CardComments;
import dev.journeymaps.web.RequestActor;
import dev.journeymaps.web.rest.CallerResolver;
import dev.journeymaps.web.rest.Requests;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Comments on a card. {@code GET} lists them, oldest first, with whether the caller may comment; {@code POST} adds one
 * ({@code {"text": …}}, mentions as {@code @[userKey]} from {@code /users}); {@code PUT …/{id}} and
 * {@code DELETE …/{id}} change or delete one's own. No version is quoted: a comment changes no card, so it never
 * conflicts; the answer carries the map version the write committed.
 * Status codes: 200 (201 on add); 400 empty or too long text, unknown mentioned user; 401 anonymous; 403 no edit
 * permission, or someone else's comment; 404 unknown or invisible map, card or comment.
 */
@LicensedOnly // REST v2: licensed users only, said explicitly (DC security requirements)
@Path("/maps/{mapId}/cards/{cardId}/comments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommentsResource {
    private final CardComments comments;
    private final RequestActor requestActor;

    @Context
    private HttpServletRequest request;

    @Inject
    public CommentsResource(CardComments comments, RequestActor requestActor) {
        this.comments = comments;
        this.requestActor = requestActor;
    }

    @GET
    public CommentJson.Thread list(@PathParam("mapId") long mapId, @PathParam("cardId") long cardId) {
        Actor actor = actor();
        CardComments.Thread thread = comments.list(actor, mapId, cardId);
        java.util.function.Function<String, String> names = comments.names(actor);
        return new CommentJson.Thread(thread.comments().stream()
                .map(c -> CommentJson.Comment.of(c, actor.userKey(), names)).toList(), thread.canComment());
    }

    @POST
    public Response add(@PathParam("mapId") long mapId, @PathParam("cardId") long cardId, CommentJson.Body body) {
        Actor actor = actor();
        CardComments.Written written = comments.add(actor, mapId, cardId, Requests.body(body).text());
        return Response.status(Response.Status.CREATED).entity(json(actor, written)).build();
    }

    @PUT
    @Path("/{commentId}")
    public CommentJson.Written edit(@PathParam("mapId") long mapId, @PathParam("cardId") long cardId,
                                    @PathParam("commentId") long commentId, CommentJson.Body body) {
        Actor actor = actor();
        return json(actor, comments.edit(actor, mapId, cardId, commentId, Requests.body(body).text()));
    }

    @DELETE
    @Path("/{commentId}")
    public CommentJson.Deleted delete(@PathParam("mapId") long mapId, @PathParam("cardId") long cardId,
                                      @PathParam("commentId") long commentId) {
        return new CommentJson.Deleted(comments.delete(actor(), mapId, cardId, commentId));
    }

    private CommentJson.Written json(Actor actor, CardComments.Written written) {
        return new CommentJson.Written(CommentJson.Comment.of(written.comment(), actor.userKey(), comments.names(actor)),
                written.version());
    }

    private Actor actor() {
        return CallerResolver.require(requestActor, request);
    }
}

package dev.journeymaps.web.rest.work;

import com.atlassian.annotations.security.LicensedOnly;
import dev.journeymaps.web.rest.CallerResolver;
import dev.journeymaps.web.rest.Requests;
import dev.journeymaps.web.rest.board.MapJson;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.journeymaps.app.work.LinkResult;
import dev.journeymaps.app.work.WorkLinker;
import dev.journeymaps.web.RequestActor;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Links from a pain point or opportunity to Jira issues. Writes quote the map version and move it on.
 * Status codes: 201 linked; 200 already linked (nothing changed, same version); 400 bad input or a card
 * that is not a pain point or opportunity; 401 anonymous or Jira rejected the user's credentials; 403 no
 * Edit Issues permission; 404 unknown map, card, link, or an issue the user cannot see; 409 stale version;
 * 503 Jira unavailable.
 */
@LicensedOnly // REST v2: licensed users only, said explicitly (DC security requirements)
@Path("/maps/{mapId}/cards/{cardId}/links")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CardLinksResource {
    private final WorkLinker linker;
    private final RequestActor requestActor;

    @Context
    private HttpServletRequest request;

    @Inject
    public CardLinksResource(WorkLinker linker, RequestActor requestActor) {
        this.linker = linker;
        this.requestActor = requestActor;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LinkBody(Long version, Long issueId, String issueKey) {
    }

    /** Links the issue named by {@code issueId} or {@code issueKey}. */
    @POST
    public Response link(@PathParam("mapId") long mapId, @PathParam("cardId") long cardId, LinkBody body) {
        LinkBody b = Requests.body(body);
        long version = Requests.version(b.version());
        LinkResult result = linker.link(CallerResolver.require(requestActor, request), mapId, version, cardId,
                new WorkLinker.Target(b.issueId(), b.issueKey()));
        return Response.status(result.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(WorkJson.LinkResultJson.of(result)).build();
    }

    /** Removes the link to an issue ({@code ?version=}). */
    @DELETE
    @Path("/{issueId}")
    public MapJson.VersionResult unlink(@PathParam("mapId") long mapId, @PathParam("cardId") long cardId,
                                        @PathParam("issueId") long issueId, @QueryParam("version") String version) {
        long quoted = Requests.version(Requests.longParam(version, "version"));
        return new MapJson.VersionResult(linker.unlink(CallerResolver.require(requestActor, request), mapId, quoted, cardId, issueId));
    }
}

package dev.journeymaps.web.rest.work;

import com.atlassian.annotations.security.LicensedOnly;
import dev.journeymaps.web.rest.CallerResolver;
import dev.journeymaps.web.rest.Requests;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.journeymaps.app.work.LinkResult;
import dev.journeymaps.app.work.WorkLinker;
import dev.journeymaps.web.RequestActor;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Creates a Jira issue from a pain point or opportunity (summary = {@code summary} or the card text,
 * description = the problem, its evidence and a link back to the map) and links it to the card.
 * Status codes: 201 created and linked; 400 bad input, a card that is not a pain point or opportunity, or
 * Jira rejected the issue (its field errors are passed on); 401; 403 no Edit Issues permission here or in
 * Jira; 404 unknown map or card; 409 stale version; 503 Jira unavailable.
 */
@LicensedOnly // REST v2: licensed users only, said explicitly (DC security requirements)
@Path("/maps/{mapId}/cards/{cardId}/issues")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CardIssuesResource {
    private final WorkLinker linker;
    private final RequestActor requestActor;

    @Context
    private HttpServletRequest request;

    @Inject
    public CardIssuesResource(WorkLinker linker, RequestActor requestActor) {
        this.linker = linker;
        this.requestActor = requestActor;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CreateBody(Long version, String issueType, String summary) {
    }

    @POST
    public Response create(@PathParam("mapId") long mapId, @PathParam("cardId") long cardId, CreateBody body) {
        CreateBody b = Requests.body(body);
        long version = Requests.version(b.version());
        LinkResult result = linker.createAndLink(CallerResolver.require(requestActor, request), mapId, version, cardId,
                b.issueType(), b.summary());
        return Response.status(Response.Status.CREATED).entity(WorkJson.LinkResultJson.of(result)).build();
    }
}

package dev.journeymaps.web.rest.work;

import com.atlassian.annotations.security.LicensedOnly;
import dev.journeymaps.web.rest.CallerResolver;
import dev.journeymaps.web.rest.Requests;
import dev.journeymaps.app.work.IssueFinder;
import dev.journeymaps.web.RequestActor;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * Jira issues, seen from the maps.
 * <ul>
 *   <li>{@code GET /issues/search?q=KEY-1|text} or {@code ?jql=…} [{@code &limit=1..50}]: the issue picker, answered by
 *       Jira as the user. 200; 400 neither or both of q and jql, bad limit, or JQL Jira rejects; 401; 503 Jira unavailable.</li>
 *   <li>{@code GET /issues/{issueId}/cards}: the pain points and opportunities the issue addresses, on maps the user
 *       may view. 200 (an empty list when none); 401.</li>
 * </ul>
 */
@LicensedOnly // REST v2: licensed users only, said explicitly (DC security requirements)
@Path("/issues")
@Produces(MediaType.APPLICATION_JSON)
public class IssuesResource {
    private final IssueFinder finder;
    private final RequestActor requestActor;

    @Context
    private HttpServletRequest request;

    @Inject
    public IssuesResource(IssueFinder finder, RequestActor requestActor) {
        this.finder = finder;
        this.requestActor = requestActor;
    }

    @GET
    @Path("/search")
    public WorkJson.SearchJson search(@QueryParam("q") String q, @QueryParam("jql") String jql,
                                      @QueryParam("limit") String limit) {
        return WorkJson.SearchJson.of(finder.search(CallerResolver.require(requestActor, request), q, jql, Requests.intParam(limit, "limit")));
    }

    @GET
    @Path("/{issueId}/cards")
    public List<WorkJson.AddressedCardJson> cards(@PathParam("issueId") long issueId) {
        return finder.cardsAddressing(CallerResolver.require(requestActor, request), issueId).stream()
                .map(WorkJson.AddressedCardJson::of).toList();
    }
}

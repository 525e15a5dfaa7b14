package dev.journeymaps.web.rest.stewardship;

import com.atlassian.annotations.security.LicensedOnly;
import dev.journeymaps.web.rest.CallerResolver;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.stewardship.Prioritizer;
import dev.journeymaps.app.stewardship.PriorityReport;
import dev.journeymaps.web.RequestActor;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import java.util.List;

/**
 * The ranked action list of a map (a project's is on {@link ProjectsResource}): every pain point and
 * opportunity with its score (and formula), owner, evidence and linked work. {@code ?sort=score|impact|feasibility|stage|owner},
 * {@code ?filter=unowned|unlinked|assumption} (repeatable; a card must match all).
 * Status codes: 200; 400 unknown sort or filter; 401 anonymous; 404 unknown map.
 */
@LicensedOnly // REST v2: licensed users only, said explicitly (DC security requirements)
@Path("/maps/{mapId}/priorities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PrioritiesResource {
    private final Prioritizer prioritizer;
    private final RequestActor requestActor;

    @Context
    private HttpServletRequest request;

    @Inject
    public PrioritiesResource(Prioritizer prioritizer, RequestActor requestActor) {
        this.prioritizer = prioritizer;
        this.requestActor = requestActor;
    }

    @GET
    public StewardshipJson.PriorityReportJson map(@PathParam("mapId") long mapId, @QueryParam("sort") String sort,
                                                  @QueryParam("filter") List<String> filters) {
        return report(prioritizer.mapPriorities(actor(), mapId), sort, filters);
    }

    static StewardshipJson.PriorityReportJson report(PriorityReport report, String sort, List<String> filters) {
        return StewardshipJson.PriorityReportJson.of(report,
                report.priorities().ranked(StewardshipRequests.order(sort), StewardshipRequests.filters(filters)));
    }

    private Actor actor() {
        return CallerResolver.require(requestActor, request);
    }
}

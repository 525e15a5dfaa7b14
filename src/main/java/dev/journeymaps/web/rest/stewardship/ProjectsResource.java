package dev.journeymaps.web.rest.stewardship;

import com.atlassian.annotations.security.LicensedOnly;
import dev.journeymaps.web.rest.CallerResolver;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.history.MapReviews;
import dev.journeymaps.app.stewardship.Prioritizer;
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
 * Project-wide views: the ranked action list across the project's maps, and the maps due for review.
 * Status codes: 200; 400 malformed project key, unknown sort or filter; 401 anonymous; 404 project not visible.
 */
@LicensedOnly // REST v2: licensed users only, said explicitly (DC security requirements)
@Path("/projects/{projectKey}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectsResource {
    private final Prioritizer prioritizer;
    private final MapReviews reviews;
    private final RequestActor requestActor;

    @Context
    private HttpServletRequest request;

    @Inject
    public ProjectsResource(Prioritizer prioritizer, MapReviews reviews, RequestActor requestActor) {
        this.prioritizer = prioritizer;
        this.reviews = reviews;
        this.requestActor = requestActor;
    }

    /** Every pain point and opportunity of the project's maps, ranked; same parameters as a map's list. */
    @GET
    @Path("/priorities")
    public StewardshipJson.PriorityReportJson priorities(@PathParam("projectKey") String projectKey, @QueryParam("sort") String sort,
                                                         @QueryParam("filter") List<String> filters) {
        return PrioritiesResource.report(prioritizer.projectPriorities(actor(), projectKey), sort, filters);
    }

    /** Maps overdue for review or due within two weeks, soonest first. */
    @GET
    @Path("/due-for-review")
    public List<StewardshipJson.ReviewJson> dueForReview(@PathParam("projectKey") String projectKey) {
        return reviews.dueForReview(actor(), projectKey).stream()
                .map(review -> StewardshipJson.ReviewJson.of(review, reviews::nameOf)).toList();
    }

    /** Every map of the project with its review status, soonest due first. */
    @GET
    @Path("/reviews")
    public List<StewardshipJson.ReviewJson> reviews(@PathParam("projectKey") String projectKey) {
        return reviews.projectReviews(actor(), projectKey).stream()
                .map(review -> StewardshipJson.ReviewJson.of(review, reviews::nameOf)).toList();
    }

    private Actor actor() {
        return CallerResolver.require(requestActor, request);
    }
}

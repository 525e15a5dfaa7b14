package dev.journeymaps.web.rest.work;

import dev.journeymaps.web.rest.IsoDates;
import com.atlassian.annotations.security.LicensedOnly;
import dev.journeymaps.web.rest.CallerResolver;
import dev.journeymaps.app.work.WorkStatusReader;
import dev.journeymaps.web.RequestActor;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * The work roll-up of every map of a project (for the map list), in a fixed number of queries.
 * Status codes: 200; 400 malformed project key; 401 anonymous; 404 project not visible.
 */
@LicensedOnly // REST v2: licensed users only, said explicitly (DC security requirements)
@Path("/projects/{projectKey}/status")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectStatusResource {
    private final WorkStatusReader reader;
    private final RequestActor requestActor;

    @Context
    private HttpServletRequest request;

    @Inject
    public ProjectStatusResource(WorkStatusReader reader, RequestActor requestActor) {
        this.reader = reader;
        this.requestActor = requestActor;
    }

    @GET
    public WorkJson.ProjectStatusJson get(@PathParam("projectKey") String projectKey) {
        WorkStatusReader.ProjectWork work = reader.projectStatus(CallerResolver.require(requestActor, request), projectKey);
        return new WorkJson.ProjectStatusJson(projectKey, IsoDates.of(work.freshness().asOf()), work.freshness().stale(),
                work.freshness().jiraUnavailable(), work.freshness().problem(),
                work.maps().stream().map(WorkJson.MapRollupRow::of).toList());
    }
}

package dev.journeymaps.web.rest.work;

import com.atlassian.annotations.security.LicensedOnly;
import dev.journeymaps.app.work.IssueFinder;
import dev.journeymaps.app.work.tracker.IssueType;
import dev.journeymaps.web.RequestActor;
import dev.journeymaps.web.rest.CallerResolver;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * {@code GET /projects/{projectKey}/issue-types}: the issue types the user may create in the project, as Jira lists
 * them (Cloud and Data Center createmeta standalone; the project's issue type scheme in Jira), for the "Create in
 * Jira" form. Each type: {@code id}, {@code name}, {@code hierarchyLevel} (1 = epic level) and {@code epic}.
 * {@code canCreate} is false, with no types, when the user may browse the project but not create in it (not an
 * editor of the project, or Jira says so): the form then says so instead of offering types.
 * Status codes: 200; 400 malformed project key; 401 anonymous; 404 project not visible;
 * 503 Jira unavailable (the form then offers the usual types, saying so).
 */
@LicensedOnly // REST v2: licensed users only, said explicitly (DC security requirements)
@Path("/projects/{projectKey}/issue-types")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectIssueTypesResource {
    private final IssueFinder finder;
    private final RequestActor requestActor;

    @Context
    private HttpServletRequest request;

    @Inject
    public ProjectIssueTypesResource(IssueFinder finder, RequestActor requestActor) {
        this.finder = finder;
        this.requestActor = requestActor;
    }

    /** The project's creatable types, in Jira's order; none (and {@code canCreate} false) when the user may not create. */
    public record IssueTypesJson(String projectKey, List<TypeJson> types, boolean canCreate) {
    }

    public record TypeJson(String id, String name, int hierarchyLevel, boolean epic) {
        static TypeJson of(IssueType type) {
            return new TypeJson(type.id(), type.name(), type.hierarchyLevel(), type.epic());
        }
    }

    @GET
    public IssueTypesJson get(@PathParam("projectKey") String projectKey) {
        List<IssueType> types = finder.issueTypes(CallerResolver.require(requestActor, request), projectKey);
        return new IssueTypesJson(projectKey, types.stream().map(TypeJson::of).toList(), !types.isEmpty());
    }
}

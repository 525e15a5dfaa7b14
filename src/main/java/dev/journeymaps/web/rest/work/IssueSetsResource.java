package dev.journeymaps.web.rest.work;

import dev.journeymaps.web.rest.CallerResolver;
import com.atlassian.annotations.security.LicensedOnly;
import dev.journeymaps.app.work.IssueSets;
import dev.journeymaps.app.work.LinkedIssueSet;
import dev.journeymaps.domain.ValidationException;
import dev.journeymaps.web.IssueUrls;
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
 * The sets Jira's JQL functions stand for, for hosts without them (the standalone host against Jira Cloud or DC):
 * {@code GET /projects/{KEY}/issue-sets/{kind}?map=&stage=} with kind {@code journey}, {@code pain-points} or
 * {@code opportunities}. Answers the issue ids the caller may see, the {@code id in (…)} JQL and the Jira search URL.
 * Status codes: 200; 400 unknown kind, project, map or stage (named); 401 anonymous.
 */
@LicensedOnly // REST v2: licensed users only, said explicitly (DC security requirements)
@Path("/projects/{projectKey}/issue-sets/{kind}")
@Produces(MediaType.APPLICATION_JSON)
public class IssueSetsResource {
    private final IssueSets sets;
    private final RequestActor requestActor;
    private final IssueUrls issueUrls;

    @Context
    private HttpServletRequest request;

    @Inject
    public IssueSetsResource(IssueSets sets, RequestActor requestActor, IssueUrls issueUrls) {
        this.sets = sets;
        this.requestActor = requestActor;
        this.issueUrls = issueUrls;
    }

    @GET
    public IssueSetJson get(@PathParam("projectKey") String projectKey, @PathParam("kind") String kind,
                            @QueryParam("map") String map, @QueryParam("stage") String stage) {
        LinkedIssueSet set = sets.visible(CallerResolver.require(requestActor, request), kind(kind), projectKey, map, stage);
        return new IssueSetJson(kind, projectKey, set.issueIds(), set.jql(), issueUrls.search(set.jql()));
    }

    /** The set: issue ids, the JQL finding them, and where that search opens in Jira ("" without a Jira). */
    public record IssueSetJson(String kind, String projectKey, List<Long> issueIds, String jql, String jiraUrl) {
    }

    private static IssueSets.Kind kind(String key) {
        return switch (key == null ? "" : key) {
            case "journey" -> IssueSets.Kind.JOURNEY;
            case "pain-points" -> IssueSets.Kind.PAIN_POINTS;
            case "opportunities" -> IssueSets.Kind.OPPORTUNITIES;
            default -> throw ValidationException.field("kind", "Unknown issue set \"" + key
                    + "\": use journey, pain-points or opportunities.");
        };
    }
}

package dev.journeymaps.web.rest.work;

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
 * The live status of the work linked to a map: links per card with the issues' status, card action states
 * and progress, stage and map roll-ups. Answers from the issue cache after at most one batched refresh that
 * waits a few seconds at most; {@code stale}/{@code jiraUnavailable} and {@code asOf} say how current it is.
 * Status codes: 200; 401 anonymous; 404 unknown map or not visible.
 */
@LicensedOnly // REST v2: licensed users only, said explicitly (DC security requirements)
@Path("/maps/{mapId}/status")
@Produces(MediaType.APPLICATION_JSON)
public class MapStatusResource {
    private final WorkStatusReader reader;
    private final RequestActor requestActor;

    @Context
    private HttpServletRequest request;

    @Inject
    public MapStatusResource(WorkStatusReader reader, RequestActor requestActor) {
        this.reader = reader;
        this.requestActor = requestActor;
    }

    @GET
    public WorkJson.MapStatusJson get(@PathParam("mapId") long mapId) {
        return WorkJson.MapStatusJson.of(reader.mapStatus(CallerResolver.require(requestActor, request), mapId));
    }
}

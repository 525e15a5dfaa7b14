package dev.journeymaps.web.rest.history;

import com.atlassian.annotations.security.LicensedOnly;
import dev.journeymaps.web.rest.CallerResolver;
import dev.journeymaps.web.rest.stewardship.StewardshipJson;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.history.MapHistory;
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

/**
 * Two maps compared as they are now, e.g. a current-state map ({@code mapId}) and its future-state map:
 * added, removed and changed cards, matched by text, lane kind and stage name (ids differ across maps).
 * Status codes: 200; 401 anonymous; 404 either map unknown or not visible.
 */
@LicensedOnly // REST v2: licensed users only, said explicitly (DC security requirements)
@Path("/maps/{mapId}/compare/{otherMapId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CompareResource {
    private final MapHistory history;
    private final RequestActor requestActor;

    @Context
    private HttpServletRequest request;

    @Inject
    public CompareResource(MapHistory history, RequestActor requestActor) {
        this.history = history;
        this.requestActor = requestActor;
    }

    @GET
    public StewardshipJson.DiffJson compare(@PathParam("mapId") long mapId, @PathParam("otherMapId") long otherMapId) {
        return StewardshipJson.DiffJson.of("map:" + mapId, "map:" + otherMapId, "text-lane-stage",
                history.compareMaps(actor(), mapId, otherMapId));
    }

    private Actor actor() {
        return CallerResolver.require(requestActor, request);
    }
}

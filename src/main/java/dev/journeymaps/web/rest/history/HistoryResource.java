package dev.journeymaps.web.rest.history;

import com.atlassian.annotations.security.LicensedOnly;
import dev.journeymaps.web.rest.CallerResolver;
import dev.journeymaps.web.rest.stewardship.StewardshipJson;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.history.MapHistory;
import dev.journeymaps.web.RequestActor;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
 * A map's history: every version, newest first, with who made it, when and what it changed (audit entries
 * merged with the revision rows the version claims write).
 * Status codes: 200; 401 anonymous; 404 unknown map.
 */
@LicensedOnly // REST v2: licensed users only, said explicitly (DC security requirements)
@Path("/maps/{mapId}/history")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HistoryResource {
    private final MapHistory history;
    private final RequestActor requestActor;

    @Context
    private HttpServletRequest request;

    @Context
    private HttpServletResponse response;

    @Inject
    public HistoryResource(MapHistory history, RequestActor requestActor) {
        this.history = history;
        this.requestActor = requestActor;
    }

    /** Newest first, paged ({@code ?start=&limit=}, see {@link Paging}). */
    @GET
    public List<StewardshipJson.HistoryJson> history(@PathParam("mapId") long mapId, @QueryParam("start") String start,
                                                     @QueryParam("limit") String limit) {
        Actor actor = actor();
        java.util.function.Function<String, String> names = history.namesFor(actor);
        return Paging.page(history.history(actor, mapId), start, limit, response).stream()
                .map(entry -> StewardshipJson.HistoryJson.of(entry, names)).toList();
    }

    private Actor actor() {
        return CallerResolver.require(requestActor, request);
    }
}

package dev.journeymaps.web.rest.live;

import com.atlassian.annotations.security.LicensedOnly;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.live.LiveBoard;
import dev.journeymaps.web.RequestActor;
import dev.journeymaps.web.rest.CallerResolver;
import dev.journeymaps.web.rest.Requests;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * Presence on a map (a hint, in memory per node): {@code PUT /maps/{id}/presence {client, editing}} says which card the
 * page edits now (null: none), {@code DELETE /maps/{id}/presence?client=…} that the page closed. The others learn it
 * through {@link LiveResource}. Status codes: 204; 400 bad page id; 401 anonymous; 404 no such map or not visible.
 */
@LicensedOnly // REST v2: licensed users only, said explicitly (DC security requirements)
@Path("/maps/{mapId}/presence")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PresenceResource {
    private final LiveBoard live;
    private final RequestActor requestActor;

    @Context
    private HttpServletRequest request;

    @Inject
    public PresenceResource(LiveBoard live, RequestActor requestActor) {
        this.live = live;
        this.requestActor = requestActor;
    }

    @PUT
    public void editing(@PathParam("mapId") long mapId, PresenceBody body) {
        PresenceBody b = Requests.body(body);
        live.editing(actor(), mapId, b.client(), b.editing());
    }

    @DELETE
    public void left(@PathParam("mapId") long mapId, @QueryParam("client") String client) {
        live.left(actor(), mapId, client);
    }

    private Actor actor() {
        return CallerResolver.require(requestActor, request);
    }

    /** The page and the card it edits now (null: none). */
    public record PresenceBody(String client, Long editing) {
    }
}

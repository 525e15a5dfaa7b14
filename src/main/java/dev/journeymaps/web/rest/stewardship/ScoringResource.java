package dev.journeymaps.web.rest.stewardship;

import com.atlassian.annotations.security.LicensedOnly;
import dev.journeymaps.web.rest.CallerResolver;
import dev.journeymaps.web.rest.Requests;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.stewardship.Prioritizer;
import dev.journeymaps.domain.stewardship.ScoringMethod;
import dev.journeymaps.domain.ValidationException;
import dev.journeymaps.web.RequestActor;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * A map's scoring method: {@code impact-feasibility} (default) or {@code rice}. Versioned like every map write.
 * Status codes: 200; 400 unknown method or missing version; 401 anonymous; 403 no edit permission;
 * 404 unknown map; 409 stale version.
 */
@LicensedOnly // REST v2: licensed users only, said explicitly (DC security requirements)
@Path("/maps/{mapId}/scoring")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScoringResource {
    private final Prioritizer prioritizer;
    private final RequestActor requestActor;

    @Context
    private HttpServletRequest request;

    @Inject
    public ScoringResource(Prioritizer prioritizer, RequestActor requestActor) {
        this.prioritizer = prioritizer;
        this.requestActor = requestActor;
    }

    @PUT
    public StewardshipJson.MethodResult choose(@PathParam("mapId") long mapId, StewardshipRequests.MethodBody body) {
        StewardshipRequests.MethodBody b = Requests.body(body);
        long version = Requests.version(b.version());
        ScoringMethod method = ScoringMethod.fromKey(b.method());
        if (method == null) {
            throw ValidationException.field("method", "Choose impact-feasibility or rice.");
        }
        Actor actor = CallerResolver.require(requestActor, request);
        return new StewardshipJson.MethodResult(prioritizer.chooseScoringMethod(actor, mapId, version, method).key(), version + 1);
    }
}

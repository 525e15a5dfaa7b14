package dev.journeymaps.web.rest.stewardship;

import com.atlassian.annotations.security.LicensedOnly;
import dev.journeymaps.web.rest.CallerResolver;
import dev.journeymaps.web.rest.Requests;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.history.MapReviews;
import dev.journeymaps.app.stewardship.Ownership;
import dev.journeymaps.domain.board.JourneyMap;
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
 * The owner of a map: a user key from {@code /users}, or empty for nobody.
 * Status codes: 200; 400 unknown user or missing version; 401 anonymous; 403 no edit permission;
 * 404 unknown map; 409 stale version.
 */
@LicensedOnly // REST v2: licensed users only, said explicitly (DC security requirements)
@Path("/maps/{mapId}/owner")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MapOwnerResource {
    private final Ownership ownership;
    private final MapReviews reviews;
    private final RequestActor requestActor;

    @Context
    private HttpServletRequest request;

    @Inject
    public MapOwnerResource(Ownership ownership, MapReviews reviews, RequestActor requestActor) {
        this.ownership = ownership;
        this.reviews = reviews;
        this.requestActor = requestActor;
    }

    @PUT
    public StewardshipJson.OwnerResult assign(@PathParam("mapId") long mapId, StewardshipRequests.OwnerBody body) {
        StewardshipRequests.OwnerBody b = Requests.body(body);
        long version = Requests.version(b.version());
        Actor actor = CallerResolver.require(requestActor, request);
        JourneyMap map = ownership.assignMapOwner(actor, mapId, version, b.owner());
        return new StewardshipJson.OwnerResult(StewardshipJson.Person.of(map.ownerKey(), reviews::nameOf), version + 1);
    }
}

package dev.journeymaps.web.rest.stewardship;

import com.atlassian.annotations.security.LicensedOnly;
import dev.journeymaps.web.rest.CallerResolver;
import dev.journeymaps.web.rest.Requests;
import dev.journeymaps.app.stewardship.Ownership;
import dev.journeymaps.web.RequestActor;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import java.util.List;

/**
 * The user picker: people matching {@code ?query=} (name, username or e-mail), at most {@code ?limit=}
 * (1–20, default 20). Status codes: 200; 400 empty query or bad limit; 401 anonymous.
 */
@LicensedOnly // REST v2: licensed users only, said explicitly (DC security requirements)
@Path("/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {
    private final Ownership ownership;
    private final RequestActor requestActor;

    @Context
    private HttpServletRequest request;

    @Inject
    public UsersResource(Ownership ownership, RequestActor requestActor) {
        this.ownership = ownership;
        this.requestActor = requestActor;
    }

    @GET
    public List<StewardshipJson.Person> search(@QueryParam("query") String query, @QueryParam("limit") String limit) {
        return ownership.findPeople(CallerResolver.require(requestActor, request), query, Requests.intParam(limit, "limit")).stream()
                .map(StewardshipJson.Person::of).toList();
    }
}

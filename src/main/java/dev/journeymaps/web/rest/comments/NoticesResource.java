package dev.journeymaps.web.rest.comments;

import com.atlassian.annotations.security.LicensedOnly;
import dev.journeymaps.app.comments.ForYou;
import dev.journeymaps.web.RequestActor;
import dev.journeymaps.web.rest.CallerResolver;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The caller's own "For you" notices: {@code DELETE /notices/{id}} dismisses one (for them only).
 * Status codes: 204; 401 anonymous; 404 no such notice of the caller's.
 */
@LicensedOnly // REST v2: licensed users only, said explicitly (DC security requirements)
@Path("/notices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NoticesResource {
    private final ForYou forYou;
    private final RequestActor requestActor;

    @Context
    private HttpServletRequest request;

    @Inject
    public NoticesResource(ForYou forYou, RequestActor requestActor) {
        this.forYou = forYou;
        this.requestActor = requestActor;
    }

    @DELETE
    @Path("/{noticeId}")
    public Response dismiss(@PathParam("noticeId") long noticeId) {
        forYou.dismiss(CallerResolver.require(requestActor, request), noticeId);
        return Response.noContent().build();
    }
}

package dev.journeymaps.web.rest;

import dev.journeymaps.app.Actor;
import dev.journeymaps.web.RequestActor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/** The acting user of a REST call; anonymous callers get 401 before anything else happens. */
public final class CallerResolver {
    private CallerResolver() {
    }

    public static Actor require(RequestActor requestActor, HttpServletRequest request) {
        Actor actor = requestActor.actorOf(request);
        if (actor == null) {
            throw new WebApplicationException("You must be logged in to use journey maps.",
                    Response.Status.UNAUTHORIZED);
        }
        return actor;
    }
}

package dev.journeymaps.web;

import dev.journeymaps.app.Actor;
import jakarta.servlet.http.HttpServletRequest;

/** Port: the signed-in user making a request, or null when the request is anonymous. */
public interface RequestActor {
    Actor actorOf(HttpServletRequest request);
}

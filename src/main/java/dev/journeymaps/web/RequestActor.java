package dev.journeymaps.web;

import dev.journeymaps.app.Actor;
import jakarta.servlet.http.HttpServletRequest;

/** Port: who is making this request. Jira: the logged-in user; standalone: the local or signed-in user. */
public interface RequestActor {
    /** The acting user, or null when the request is anonymous. */
    Actor actorOf(HttpServletRequest request);
}

package dev.journeymaps.standalone;

import dev.journeymaps.app.AccessPolicy;
import dev.journeymaps.app.Actor;
import dev.journeymaps.web.RequestActor;
import jakarta.servlet.http.HttpServletRequest;

/**
 * With no Jira configured the standalone server has one user, the person at this machine: the server
 * only listens on loopback then (see {@link StandaloneConfig}), so everyone who can reach it is that user.
 */
final class LocalUser implements RequestActor, AccessPolicy {
    static final Actor ACTOR = new Actor("local-admin", "Local administrator");

    @Override
    public Actor actorOf(HttpServletRequest request) {
        return ACTOR;
    }

    @Override
    public boolean canView(Actor actor, String projectKey) {
        return ACTOR.equals(actor);
    }

    @Override
    public boolean canEdit(Actor actor, String projectKey) {
        return ACTOR.equals(actor);
    }

    @Override
    public boolean canAdminister(Actor actor, String projectKey) {
        return ACTOR.equals(actor);
    }
}

package dev.journeymaps.testing;

import dev.journeymaps.app.AccessPolicy;
import dev.journeymaps.app.Actor;

/** An access policy that lets everyone do everything, for tests about something else. */
public final class AllowAll implements AccessPolicy {
    public static final AllowAll POLICY = new AllowAll();

    private AllowAll() {
    }

    @Override
    public boolean canView(Actor actor, String projectKey) {
        return true;
    }

    @Override
    public boolean canEdit(Actor actor, String projectKey) {
        return true;
    }

    @Override
    public boolean canAdminister(Actor actor, String projectKey) {
        return true;
    }
}

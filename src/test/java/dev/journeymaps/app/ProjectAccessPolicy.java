package dev.journeymaps.app;

import java.util.Set;

/** Test policy: users see and edit exactly the listed projects (simple stand-in for Jira permissions). */
public record ProjectAccessPolicy(Set<String> visibleProjects) implements AccessPolicy {
    @Override
    public boolean canView(Actor actor, String projectKey) {
        return actor != null && visibleProjects.contains(projectKey);
    }

    @Override
    public boolean canEdit(Actor actor, String projectKey) {
        return canView(actor, projectKey);
    }

    @Override
    public boolean canAdminister(Actor actor, String projectKey) {
        return canView(actor, projectKey);
    }
}

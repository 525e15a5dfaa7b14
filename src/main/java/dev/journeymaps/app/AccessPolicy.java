package dev.journeymaps.app;

/**
 * Port: what Jira lets a user do in a project. View = Browse project, edit = Edit issues,
 * administer (delete maps) = Administer project.
 */
public interface AccessPolicy {
    boolean canView(Actor actor, String projectKey);

    boolean canEdit(Actor actor, String projectKey);

    boolean canAdminister(Actor actor, String projectKey);
}

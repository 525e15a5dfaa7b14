package dev.journeymaps.app;

/**
 * Port: what Jira lets a user do in a project. View = Browse project, edit = Edit issues,
 * administer (delete maps) = Administer project.
 */
public interface AccessPolicy {
    boolean canView(Actor actor, String projectKey);

    boolean canEdit(Actor actor, String projectKey);

    boolean canAdminister(Actor actor, String projectKey);

    /**
     * The projects the user may browse, for the project picker, as far as the host can say cheaply; empty when it
     * cannot (the picker then lists the projects that have maps). Never throws: the list is a convenience.
     */
    default java.util.List<ProjectName> browsableProjects(Actor actor) {
        return java.util.List.of();
    }

    /** A project's key and its name in Jira (empty when unknown). */
    record ProjectName(String key, String name) {
    }
}

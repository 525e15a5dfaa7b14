package dev.journeymaps.jirarest;

/** What the signed-in user may do in one project, as our AccessPolicy needs it. */
public record ProjectPermissions(String projectKey, boolean browseProjects, boolean editIssues,
                                 boolean administerProjects) {

    /** The permission keys to ask Jira for, in {@code mypermissions}' {@code permissions} parameter. */
    static final String KEYS = "BROWSE_PROJECTS,EDIT_ISSUES,ADMINISTER_PROJECTS";
}

package dev.journeymaps.jira;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.journeymaps.app.AccessPolicy;
import dev.journeymaps.app.Actor;
import jakarta.inject.Inject;
import org.springframework.stereotype.Component;

/**
 * Jira's project permissions decide what a user may do with maps: view = Browse Projects,
 * edit = Edit Issues, administer = Administer Projects.
 *
 * <p>Use cases run for the user of the current request, so the actor is checked against the logged-in
 * user: asking about anyone else, or about a project that does not exist, is answered "no".
 */
@Component("jiraAccessPolicy") // referenced by name from META-INF/spring/plugin-context.xml
public class JiraAccessPolicy implements AccessPolicy {
    private final PermissionManager permissionManager;
    private final ProjectManager projectManager;
    private final JiraAuthenticationContext authenticationContext;

    @Inject
    public JiraAccessPolicy(@ComponentImport PermissionManager permissionManager,
                            @ComponentImport ProjectManager projectManager,
                            @ComponentImport JiraAuthenticationContext authenticationContext) {
        this.permissionManager = permissionManager;
        this.projectManager = projectManager;
        this.authenticationContext = authenticationContext;
    }

    @Override
    public boolean canView(Actor actor, String projectKey) {
        return has(ProjectPermissions.BROWSE_PROJECTS, actor, projectKey);
    }

    @Override
    public boolean canEdit(Actor actor, String projectKey) {
        return has(ProjectPermissions.EDIT_ISSUES, actor, projectKey);
    }

    @Override
    public boolean canAdminister(Actor actor, String projectKey) {
        return has(ProjectPermissions.ADMINISTER_PROJECTS, actor, projectKey);
    }

    private boolean has(ProjectPermissionKey permission, Actor actor, String projectKey) {
        if (actor == null || projectKey == null) {
            return false;
        }
        ApplicationUser user = authenticationContext.getLoggedInUser();
        if (user == null || !actor.userKey().equals(user.getKey())) {
            return false;
        }
        Project project = projectManager.getProjectObjByKey(projectKey);
        return project != null && permissionManager.hasPermission(permission, project, user);
    }
}

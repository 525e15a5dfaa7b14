package dev.journeymaps.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.web.Condition;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.work.IssueFinder;

import java.util.Map;

/**
 * When the issue view shows our panel: to a logged-in user who may browse the issue, and only when the issue is
 * linked to a card on a map that user may view (an empty panel on every issue would be noise). Jira creates it with
 * the plugin's beans, like the panel's context provider.
 */
public class IssuePanelCondition implements Condition {
    private final IssueFinder finder;
    private final JiraRequestActor requestActor;
    private final JiraAuthenticationContext authenticationContext;
    private final PermissionManager permissionManager;

    public IssuePanelCondition(IssueFinder finder, JiraRequestActor requestActor,
                               JiraAuthenticationContext authenticationContext, PermissionManager permissionManager) {
        this.finder = finder;
        this.requestActor = requestActor;
        this.authenticationContext = authenticationContext;
        this.permissionManager = permissionManager;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        ApplicationUser user = authenticationContext.getLoggedInUser();
        if (user == null || !(context.get("issue") instanceof Issue issue) || issue.getId() == null) {
            return false;
        }
        if (!permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)) {
            return false;
        }
        Actor actor = requestActor.current();
        return finder.addressesCards(actor, issue.getId());
    }
}

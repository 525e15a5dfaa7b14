package dev.journeymaps.jira;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.journeymaps.app.Actor;
import dev.journeymaps.web.RequestActor;
import jakarta.inject.Inject;
import org.springframework.stereotype.Component;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The actor of a request in Jira is its logged-in user, identified by the user key (stable across
 * renames) and shown by display name; anonymous requests have no actor.
 */
@Component
public class JiraRequestActor implements RequestActor {
    private final JiraAuthenticationContext authenticationContext;

    @Inject
    public JiraRequestActor(@ComponentImport JiraAuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    @Override
    public Actor actorOf(HttpServletRequest request) {
        return current();
    }

    /** The logged-in user of the current thread, or null (for callers without a servlet request, such as web panels). */
    public Actor current() {
        ApplicationUser user = authenticationContext.getLoggedInUser();
        if (user == null) {
            return null;
        }
        String displayName = user.getDisplayName();
        // Keys of users created since Jira 8 look like JIRAUSER10100, so fall back to the username, not the key.
        return new Actor(user.getKey(), displayName == null || displayName.isBlank() ? user.getUsername() : displayName);
    }
}

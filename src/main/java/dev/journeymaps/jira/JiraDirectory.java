package dev.journeymaps.jira;

import com.atlassian.jira.bc.user.search.UserSearchParams;
import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.journeymaps.app.Directory;
import dev.journeymaps.app.DirectoryUser;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Owners are Jira users: the picker searches active users as Jira's own user picker does, and a stored
 * owner is the user key (stable across renames), shown by display name.
 */
@Named("jiraDirectory") // referenced by name from META-INF/spring/plugin-context.xml
public class JiraDirectory implements Directory {
    private final UserSearchService userSearchService;
    private final UserManager userManager;

    @Inject
    public JiraDirectory(@ComponentImport UserSearchService userSearchService, @ComponentImport UserManager userManager) {
        this.userSearchService = userSearchService;
        this.userManager = userManager;
    }

    @Override
    public List<DirectoryUser> search(String query, int limit) {
        List<ApplicationUser> found = userSearchService.findUsers(query, UserSearchParams.ACTIVE_USERS_IGNORE_EMPTY_QUERY);
        return found == null ? List.of() : found.stream().filter(Objects::nonNull).limit(limit).map(JiraDirectory::user).toList();
    }

    @Override
    public Optional<DirectoryUser> user(String userKey) {
        if (userKey == null || userKey.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(userManager.getUserByKey(userKey)).map(JiraDirectory::user);
    }

    private static DirectoryUser user(ApplicationUser user) {
        return new DirectoryUser(user.getKey(), user.getUsername(), user.getDisplayName());
    }
}

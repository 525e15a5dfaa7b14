package dev.journeymaps.jira;

import com.atlassian.jira.bc.user.search.UserSearchParams;
import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.journeymaps.app.Directory;
import dev.journeymaps.app.DirectoryUser;
import jakarta.inject.Inject;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Owners are Jira users: the picker searches active users as Jira's own user picker does — only for a user Jira lets
 * use it (the "Browse users and groups" permission), and asking Jira for no more than the limit — and a stored
 * owner is the user key (stable across renames), shown by display name.
 */
@Component("jiraDirectory") // referenced by name from META-INF/spring/plugin-context.xml
public class JiraDirectory implements Directory {
    private final UserSearchService userSearchService;
    private final UserManager userManager;
    private final JiraAuthenticationContext authenticationContext;

    @Inject
    public JiraDirectory(@ComponentImport UserSearchService userSearchService, @ComponentImport UserManager userManager,
                         @ComponentImport JiraAuthenticationContext authenticationContext) {
        this.userSearchService = userSearchService;
        this.userManager = userManager;
        this.authenticationContext = authenticationContext;
    }

    @Override
    public List<DirectoryUser> search(String query, int limit) {
        ApplicationUser searcher = authenticationContext.getLoggedInUser();
        if (searcher == null || !userSearchService.canPerformAjaxSearch(searcher)) {
            return List.of(); // as Jira's own picker: no suggestions without "Browse users and groups"
        }
        UserSearchParams params = UserSearchParams.builder().allowEmptyQuery(false).includeActive(true)
                .includeInactive(false).maxResults(limit).build();
        List<ApplicationUser> found = userSearchService.findUsers(query, params);
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

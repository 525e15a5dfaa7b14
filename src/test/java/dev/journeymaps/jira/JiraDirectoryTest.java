package dev.journeymaps.jira;

import com.atlassian.jira.bc.user.search.UserSearchParams;
import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import dev.journeymaps.app.DirectoryUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class JiraDirectoryTest {
    @Mock UserSearchService search;
    @Mock UserManager users;
    @Mock JiraAuthenticationContext authentication;

    private static ApplicationUser user(String key, String username, String displayName) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(user.getUsername()).thenReturn(username);
        when(user.getDisplayName()).thenReturn(displayName);
        return user;
    }

    @Test
    void thePickerAsksJiraForNoMoreThanTheLimitAndKeepsIt() {
        ApplicationUser searcher = mock(ApplicationUser.class);
        when(authentication.getLoggedInUser()).thenReturn(searcher);
        when(search.canPerformAjaxSearch(searcher)).thenReturn(true);
        List<ApplicationUser> found = List.of(user("JIRAUSER10100", "dana", "Dana Whitfield"),
                user("JIRAUSER10101", "danny", "Danny Ocean"), mock(ApplicationUser.class));
        ArgumentCaptor<UserSearchParams> params = ArgumentCaptor.forClass(UserSearchParams.class);
        when(search.findUsers(eq("dan"), params.capture())).thenReturn(found);

        List<DirectoryUser> people = new JiraDirectory(search, users, authentication).search("dan", 2);

        assertThat(people).containsExactly(new DirectoryUser("JIRAUSER10100", "dana", "Dana Whitfield"),
                new DirectoryUser("JIRAUSER10101", "danny", "Danny Ocean"));
        assertThat(params.getValue().getMaxResults()).isEqualTo(2);
    }

    @Test
    void withoutBrowseUsersAndGroupsThePickerFindsNobodyAndDoesNotSearch() {
        ApplicationUser searcher = mock(ApplicationUser.class);
        when(authentication.getLoggedInUser()).thenReturn(searcher);
        when(search.canPerformAjaxSearch(searcher)).thenReturn(false);

        assertThat(new JiraDirectory(search, users, authentication).search("dan", 5)).isEmpty();
        verify(search, never()).findUsers(anyString(), any());
    }

    @Test
    void anonymousCallersFindNobody() {
        assertThat(new JiraDirectory(search, users, authentication).search("dan", 5)).isEmpty();
        verifyNoInteractions(search);
    }

    @Test
    void anOwnerIsResolvedByUserKeyAndAnUnknownKeyIsNobody() {
        ApplicationUser dana = user("JIRAUSER10100", "dana", "Dana Whitfield");
        when(users.getUserByKey("JIRAUSER10100")).thenReturn(dana);
        when(users.getUserByKey("JIRAUSER99999")).thenReturn(null);
        JiraDirectory directory = new JiraDirectory(search, users, authentication);

        assertThat(directory.user("JIRAUSER10100")).contains(new DirectoryUser("JIRAUSER10100", "dana", "Dana Whitfield"));
        assertThat(directory.user("JIRAUSER99999")).isEmpty();
    }

    @Test
    void aBlankKeyIsNobodyWithoutAskingJira() {
        assertThat(new JiraDirectory(search, users, authentication).user(" ")).isEmpty();
        verifyNoInteractions(users);
    }
}

package dev.journeymaps.jira;

import com.atlassian.jira.bc.user.search.UserSearchParams;
import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import dev.journeymaps.app.DirectoryUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class JiraDirectoryTest {
    @Mock UserSearchService search;
    @Mock UserManager users;

    private static ApplicationUser user(String key, String username, String displayName) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(user.getUsername()).thenReturn(username);
        when(user.getDisplayName()).thenReturn(displayName);
        return user;
    }

    @Test
    void thePickerSearchesActiveUsersAsJirasOwnPickerDoesAndKeepsTheLimit() {
        List<ApplicationUser> found = List.of(user("JIRAUSER10100", "dana", "Dana Whitfield"),
                user("JIRAUSER10101", "danny", "Danny Ocean"), mock(ApplicationUser.class));
        when(search.findUsers(eq("dan"), eq(UserSearchParams.ACTIVE_USERS_IGNORE_EMPTY_QUERY))).thenReturn(found);

        List<DirectoryUser> people = new JiraDirectory(search, users).search("dan", 2);

        assertThat(people).containsExactly(new DirectoryUser("JIRAUSER10100", "dana", "Dana Whitfield"),
                new DirectoryUser("JIRAUSER10101", "danny", "Danny Ocean"));
    }

    @Test
    void anOwnerIsResolvedByUserKeyAndAnUnknownKeyIsNobody() {
        ApplicationUser dana = user("JIRAUSER10100", "dana", "Dana Whitfield");
        when(users.getUserByKey("JIRAUSER10100")).thenReturn(dana);
        when(users.getUserByKey("JIRAUSER99999")).thenReturn(null);
        JiraDirectory directory = new JiraDirectory(search, users);

        assertThat(directory.user("JIRAUSER10100")).contains(new DirectoryUser("JIRAUSER10100", "dana", "Dana Whitfield"));
        assertThat(directory.user("JIRAUSER99999")).isEmpty();
    }

    @Test
    void aBlankKeyIsNobodyWithoutAskingJira() {
        assertThat(new JiraDirectory(search, users).user(" ")).isEmpty();
        verifyNoInteractions(users);
    }
}

package dev.journeymaps.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.work.IssueFinder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The issue panel shows for a logged-in user who may browse the issue, and only when the issue addresses a card. */
class IssuePanelConditionTest {
    private final IssueFinder finder = mock(IssueFinder.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final ApplicationUser alice = mock(ApplicationUser.class);
    private final Issue issue = mock(Issue.class);
    private IssuePanelCondition condition;

    @BeforeEach
    void setUp() {
        when(alice.getKey()).thenReturn("JIRAUSER10100");
        when(alice.getDisplayName()).thenReturn("Alice");
        when(issue.getId()).thenReturn(10001L);
        condition = new IssuePanelCondition(finder, new JiraRequestActor(authentication), authentication, permissions);
        condition.init(Map.of());
    }

    @Test
    void showsWhenTheUserMayBrowseAndTheIssueAddressesAVisibleCard() {
        when(authentication.getLoggedInUser()).thenReturn(alice);
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, alice)).thenReturn(true);
        when(finder.addressesCards(new Actor("JIRAUSER10100", "Alice"), 10001L)).thenReturn(true);

        assertThat(condition.shouldDisplay(Map.of("issue", issue))).isTrue();
    }

    @Test
    void hiddenWhenTheIssueAddressesNothingTheUserMayView() {
        when(authentication.getLoggedInUser()).thenReturn(alice);
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, alice)).thenReturn(true);

        assertThat(condition.shouldDisplay(Map.of("issue", issue))).isFalse();
    }

    @Test
    void hiddenForAnonymousUsersWithoutLookingAtLinks() {
        assertThat(condition.shouldDisplay(Map.of("issue", issue))).isFalse();
        verify(finder, never()).addressesCards(org.mockito.ArgumentMatchers.any(), anyLong());
    }

    @Test
    void hiddenWhenTheUserMayNotBrowseTheIssue() {
        when(authentication.getLoggedInUser()).thenReturn(alice);

        assertThat(condition.shouldDisplay(Map.of("issue", issue))).isFalse();
        verify(finder, never()).addressesCards(org.mockito.ArgumentMatchers.any(), anyLong());
    }

    @Test
    void hiddenWithoutAnIssueInTheContext() {
        when(authentication.getLoggedInUser()).thenReturn(alice);

        assertThat(condition.shouldDisplay(Map.of())).isFalse();
    }
}

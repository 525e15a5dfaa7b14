package dev.journeymaps.jira;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import dev.journeymaps.app.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class JiraAccessPolicyTest {
    private static final Actor ALICE = new Actor("JIRAUSER10100", "Alice");

    @Mock PermissionManager permissions;
    @Mock ProjectManager projects;
    @Mock JiraAuthenticationContext authentication;
    @Mock ApplicationUser alice;
    @Mock Project shop;

    private JiraAccessPolicy policy;

    @BeforeEach
    void setUp() {
        when(alice.getKey()).thenReturn("JIRAUSER10100");
        when(authentication.getLoggedInUser()).thenReturn(alice);
        when(projects.getProjectObjByKey("SHOP")).thenReturn(shop);
        policy = new JiraAccessPolicy(permissions, projects, authentication);
    }

    /** Typed matchers: the real PermissionManager overloads hasPermission for issues, projects and legacy ids. */
    private static ProjectPermissionKey anyPermission() {
        return any(ProjectPermissionKey.class);
    }

    @Test
    void viewingNeedsBrowseProjects() {
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, shop, alice)).thenReturn(true);

        assertThat(policy.canView(ALICE, "SHOP")).isTrue();
        assertThat(policy.canEdit(ALICE, "SHOP")).isFalse();
        assertThat(policy.canAdminister(ALICE, "SHOP")).isFalse();
    }

    @Test
    void editingNeedsEditIssues() {
        when(permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, shop, alice)).thenReturn(true);

        assertThat(policy.canEdit(ALICE, "SHOP")).isTrue();
        assertThat(policy.canView(ALICE, "SHOP")).isFalse();
        assertThat(policy.canAdminister(ALICE, "SHOP")).isFalse();
    }

    @Test
    void administeringNeedsAdministerProjects() {
        when(permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, shop, alice)).thenReturn(true);

        assertThat(policy.canAdminister(ALICE, "SHOP")).isTrue();
        assertThat(policy.canView(ALICE, "SHOP")).isFalse();
        assertThat(policy.canEdit(ALICE, "SHOP")).isFalse();
    }

    @Test
    void anUnknownProjectAllowsNothing() {
        when(permissions.hasPermission(anyPermission(), any(Project.class), any(ApplicationUser.class))).thenReturn(true);

        assertThat(policy.canView(ALICE, "GONE")).isFalse();
        assertThat(policy.canEdit(ALICE, "GONE")).isFalse();
        assertThat(policy.canAdminister(ALICE, "GONE")).isFalse();
        verify(permissions, never()).hasPermission(anyPermission(), any(Project.class), any(ApplicationUser.class));
    }

    @Test
    void anAnonymousRequestAllowsNothing() {
        when(authentication.getLoggedInUser()).thenReturn(null);
        when(permissions.hasPermission(anyPermission(), any(Project.class), any(ApplicationUser.class))).thenReturn(true);

        assertThat(policy.canView(ALICE, "SHOP")).isFalse();
        assertThat(policy.canEdit(ALICE, "SHOP")).isFalse();
        assertThat(policy.canAdminister(ALICE, "SHOP")).isFalse();
    }

    @Test
    void anActorOtherThanTheLoggedInUserIsAllowedNothing() {
        when(permissions.hasPermission(anyPermission(), any(Project.class), any(ApplicationUser.class))).thenReturn(true);

        assertThat(policy.canView(new Actor("JIRAUSER10200", "Bob"), "SHOP")).isFalse();
        verify(permissions, never()).hasPermission(anyPermission(), any(Project.class), any(ApplicationUser.class));
    }

    @Test
    void noActorOrNoProjectKeyIsAllowedNothing() {
        when(permissions.hasPermission(anyPermission(), any(Project.class), any(ApplicationUser.class))).thenReturn(true);

        assertThat(policy.canView(null, "SHOP")).isFalse();
        assertThat(policy.canView(ALICE, null)).isFalse();
    }
}

package dev.journeymaps.jira;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import dev.journeymaps.app.work.tracker.IssueTrackerException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The in-Jira tracker's issue types for the create form (the project's scheme, sub-tasks left out, Jira Software's Epic
 * at level 1) and how it tells a deleted issue from a hidden one: {@link IssueManager} checks no permission, so an id
 * it no longer has is deleted.
 */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class JiraIssueTypesAndDeletionsTest {
    @Mock IssueManager issueManager;
    @Mock SearchService searchService;
    @Mock IssueService issueService;
    @Mock PermissionManager permissionManager;
    @Mock ProjectManager projectManager;
    @Mock CustomFieldManager customFieldManager;
    @Mock JiraAuthenticationContext authentication;
    @Mock ApplicationUser alice;

    private JiraIssueTracker tracker;

    @BeforeEach
    void setUp() {
        when(authentication.getLoggedInUser()).thenReturn(alice);
        tracker = new JiraIssueTracker(issueManager, searchService, issueService, permissionManager, projectManager,
                customFieldManager, authentication, Clock.systemUTC());
    }

    private static IssueType type(String id, String name, boolean subTask) {
        IssueType type = mock(IssueType.class);
        when(type.getId()).thenReturn(id);
        when(type.getName()).thenReturn(name);
        when(type.isSubTask()).thenReturn(subTask);
        return type;
    }

    @Test
    void theProjectsIssueTypesWithoutSubTasksAndWithTheEpicMarked() {
        Project shop = mock(Project.class);
        List<IssueType> scheme = List.of(type("10000", "Epic", false), type("10001", "Story", false),
                type("10003", "Sub-task", true), type("10004", "Bug", false));
        when(shop.getIssueTypes()).thenReturn(scheme);
        when(projectManager.getProjectObjByKey("SHOP")).thenReturn(shop);

        List<dev.journeymaps.app.work.tracker.IssueType> types = tracker.issueTypes("SHOP");

        assertThat(types).containsExactly(new dev.journeymaps.app.work.tracker.IssueType("10000", "Epic", 1, true),
                new dev.journeymaps.app.work.tracker.IssueType("10001", "Story", 0, false),
                new dev.journeymaps.app.work.tracker.IssueType("10004", "Bug", 0, false));
    }

    @Test
    void anUnknownProjectIsNotFound() {
        assertThatThrownBy(() -> tracker.issueTypes("NOPE")).isInstanceOf(IssueTrackerException.class)
                .extracting(e -> ((IssueTrackerException) e).kind()).isEqualTo(IssueTrackerException.Kind.NOT_FOUND);
    }

    @Test
    void anIssueJiraNoLongerHasIsDeletedOneItStillHasIsMerelyHidden() {
        Issue hidden = mock(Issue.class);
        when(hidden.getId()).thenReturn(2L);
        when(issueManager.getIssueObjects(anyCollection())).thenAnswer(call ->
                ((Collection<?>) call.getArgument(0)).contains(2L) ? List.of(hidden) : List.of());

        assertThat(tracker.deleted(List.of(2L, 3L))).containsExactly(3L);
    }
}

package dev.journeymaps.jira;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import dev.journeymaps.app.work.tracker.IssueQuery;
import dev.journeymaps.app.work.tracker.IssueSearchPage;
import dev.journeymaps.app.work.tracker.IssueTrackerException;
import dev.journeymaps.domain.work.IssueSnapshot;
import dev.journeymaps.domain.work.NewIssue;
import dev.journeymaps.domain.work.Progress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The in-Jira issue tracker on mocks of the declared Jira 11 API. */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class JiraIssueTrackerTest {
    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @Mock IssueManager issueManager;
    @Mock SearchService searchService;
    @Mock IssueService issueService;
    @Mock PermissionManager permissionManager;
    @Mock ProjectManager projectManager;
    @Mock CustomFieldManager customFieldManager;
    @Mock JiraAuthenticationContext authentication;
    @Mock ApplicationUser alice;
    @Mock CustomField epicLink;

    private JiraIssueTracker tracker;

    @BeforeEach
    void setUp() {
        when(authentication.getLoggedInUser()).thenReturn(alice);
        when(permissionManager.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), any(Issue.class), eq(alice))).thenReturn(true);
        when(customFieldManager.getCustomFieldObjectsByName("Epic Link")).thenReturn(List.of(epicLink));
        tracker = new JiraIssueTracker(issueManager, searchService, issueService, permissionManager, projectManager,
                customFieldManager, authentication, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static Issue issue(long id, String key, String type, String status, String category) {
        Issue issue = mock(Issue.class);
        IssueType issueType = mock(IssueType.class);
        Status jiraStatus = mock(Status.class);
        StatusCategory statusCategory = mock(StatusCategory.class);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn(key);
        when(issue.getSummary()).thenReturn("Summary of " + key);
        when(issue.getIssueType()).thenReturn(issueType);
        when(issueType.getName()).thenReturn(type);
        when(issue.getStatus()).thenReturn(jiraStatus);
        when(jiraStatus.getName()).thenReturn(status);
        when(jiraStatus.getStatusCategory()).thenReturn(statusCategory);
        when(statusCategory.getKey()).thenReturn(category);
        return issue;
    }

    private static MessageSet noErrors() {
        MessageSet errors = mock(MessageSet.class);
        when(errors.hasAnyErrors()).thenReturn(false);
        when(errors.getErrorMessages()).thenReturn(Set.of());
        return errors;
    }

    @SuppressWarnings("unchecked")
    private static SearchResults<Issue> results(List<Issue> issues, int total) {
        SearchResults<Issue> results = mock(SearchResults.class);
        when(results.getResults()).thenReturn(issues);
        when(results.getTotal()).thenReturn(total);
        return results;
    }

    @Test
    void fetchReadsIssuesInBatchesAsTheUserAndLeavesOutThoseTheyMayNotBrowse() {
        Issue story = issue(10001, "SHOP-1", "Story", "In Progress", "indeterminate");
        ApplicationUser priya = mock(ApplicationUser.class);
        when(priya.getDisplayName()).thenReturn("Priya Raman");
        when(story.getAssignee()).thenReturn(priya);
        Issue secret = issue(10002, "HR-1", "Story", "Done", "done");
        when(issueManager.getIssueObjects(anyCollection())).thenReturn(List.of(story, secret));
        when(permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, secret, alice)).thenReturn(false);

        List<IssueSnapshot> fetched = tracker.fetch(List.of(10001L, 10002L, 10001L));

        assertThat(fetched).containsExactly(new IssueSnapshot(10001, "SHOP-1", "Summary of SHOP-1", "Story", "In Progress",
                dev.journeymaps.domain.work.StatusCategory.IN_PROGRESS, "Priya Raman", NOW));
        verify(issueManager).getIssueObjects(List.of(10001L, 10002L));
    }

    @Test
    void twelveHundredIdsAreReadInThreeBatches() {
        when(issueManager.getIssueObjects(anyCollection())).thenReturn(List.of());

        tracker.fetch(LongStream.range(0, 1200).boxed().toList());

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Collection<Long>> batches = ArgumentCaptor.forClass(Collection.class);
        verify(issueManager, times(3)).getIssueObjects(batches.capture());
        assertThat(batches.getAllValues()).extracting(Collection::size).containsExactly(500, 500, 200);
    }

    @Test
    void anEpicCountsItsChildrenFoundByOneEpicLinkSearch() throws Exception {
        Issue epic = issue(20001, "SHOP-10", "Epic", "In Progress", "indeterminate");
        Issue otherEpic = issue(20002, "SHOP-11", "Epic", "To Do", "new");
        when(issueManager.getIssueObjects(anyCollection())).thenReturn(List.of(epic, otherEpic));
        Issue done = issue(1, "SHOP-12", "Story", "Done", "done");
        Issue open = issue(2, "SHOP-13", "Story", "To Do", "new");
        Issue alsoOpen = issue(3, "SHOP-14", "Story", "In Progress", "indeterminate");
        when(done.getCustomFieldValue(epicLink)).thenReturn(epic);
        when(open.getCustomFieldValue(epicLink)).thenReturn(epic);
        when(alsoOpen.getCustomFieldValue(epicLink)).thenReturn(otherEpic);
        Query query = mock(Query.class);
        SearchService.ParseResult parsed = new SearchService.ParseResult(query, noErrors());
        when(searchService.parseQuery(alice, "\"Epic Link\" in (SHOP-10, SHOP-11)")).thenReturn(parsed);
        SearchResults<Issue> children = results(List.of(done, open, alsoOpen), 3);
        when(searchService.search(eq(alice), eq(query), any(PagerFilter.class))).thenReturn(children);

        List<IssueSnapshot> fetched = tracker.fetch(List.of(20001L, 20002L));

        assertThat(fetched).extracting(IssueSnapshot::children).containsExactly(new Progress(1, 2), new Progress(0, 1));
        verify(searchService, times(1)).search(eq(alice), eq(query), any(PagerFilter.class));
    }

    @Test
    void withoutJiraSoftwaresEpicLinkFieldEpicsCountAsThemselves() {
        Issue epic = issue(20001, "SHOP-10", "Epic", "Done", "done");
        when(issueManager.getIssueObjects(anyCollection())).thenReturn(List.of(epic));
        when(customFieldManager.getCustomFieldObjectsByName("Epic Link")).thenReturn(List.of());

        assertThat(tracker.fetch(List.of(20001L)).get(0).progress()).isEqualTo(new Progress(1, 1));
        verify(searchService, never()).parseQuery(any(), anyString());
    }

    @Test
    void whenJiraAnswersNullForTheEpicLinkFieldEpicsCountAsThemselves() {
        Issue epic = issue(20001, "SHOP-10", "Epic", "In Progress", "indeterminate");
        when(issueManager.getIssueObjects(anyCollection())).thenReturn(List.of(epic));
        when(customFieldManager.getCustomFieldObjectsByName("Epic Link")).thenReturn(null);

        assertThat(tracker.fetch(List.of(20001L)).get(0).progress()).isEqualTo(new Progress(0, 1));
        verify(searchService, never()).parseQuery(any(), anyString());
    }

    @Test
    void thePickerSearchesWithTheUsersJqlAndSaysWhenThereIsMore() throws Exception {
        Query query = mock(Query.class);
        SearchService.ParseResult parsed = new SearchService.ParseResult(query, noErrors());
        when(searchService.parseQuery(alice, "text ~ \"checkout\" ORDER BY updated DESC")).thenReturn(parsed);
        SearchResults<Issue> page = results(List.of(issue(1, "SHOP-1", "Story", "To Do", "new")), 7);
        when(searchService.search(eq(alice), eq(query), any(PagerFilter.class))).thenReturn(page);

        IssueSearchPage found = tracker.search(IssueQuery.typed("checkout"), 1);

        assertThat(found.issues()).extracting(IssueSnapshot::key).containsExactly("SHOP-1");
        assertThat(found.more()).isTrue();
        ArgumentCaptor<PagerFilter> pager = ArgumentCaptor.forClass(PagerFilter.class);
        verify(searchService).search(eq(alice), eq(query), pager.capture());
        assertThat(pager.getValue().getMax()).isEqualTo(1);
    }

    @Test
    void invalidJqlIsABadRequestWithJirasMessagesButAnUnknownKeyIsNoMatch() {
        MessageSet errors = mock(MessageSet.class);
        when(errors.hasAnyErrors()).thenReturn(true);
        when(errors.getErrorMessages()).thenReturn(Set.of("Field 'nope' does not exist."));
        when(searchService.parseQuery(eq(alice), anyString())).thenReturn(new SearchService.ParseResult(null, errors));

        assertThatThrownBy(() -> tracker.search(IssueQuery.jql("nope = 1"), 5))
                .isInstanceOfSatisfying(IssueTrackerException.class, e -> {
                    assertThat(e.kind()).isEqualTo(IssueTrackerException.Kind.BAD_REQUEST);
                    assertThat(e.errorMessages()).containsExactly("Field 'nope' does not exist.");
                });
        assertThat(tracker.search(IssueQuery.typed("NOPE-1"), 5).issues()).isEmpty();
    }

    @Test
    void createValidatesThenCreatesTheIssueOfTheNamedTypeInTheProject() {
        Project shop = mock(Project.class);
        IssueType epicType = mock(IssueType.class);
        when(epicType.getName()).thenReturn("Epic");
        when(epicType.getId()).thenReturn("10000");
        when(shop.getId()).thenReturn(10100L);
        when(shop.getIssueTypes()).thenReturn(List.of(epicType));
        when(projectManager.getProjectObjByKey("SHOP")).thenReturn(shop);
        IssueInputParameters input = mock(IssueInputParameters.class, invocation ->
                invocation.getMethod().getReturnType() == IssueInputParameters.class ? invocation.getMock() : null);
        when(issueService.newIssueInputParameters()).thenReturn(input);
        IssueService.CreateValidationResult validation = mock(IssueService.CreateValidationResult.class);
        when(validation.isValid()).thenReturn(true);
        when(issueService.validateCreate(alice, input)).thenReturn(validation);
        IssueService.IssueResult result = mock(IssueService.IssueResult.class);
        when(result.isValid()).thenReturn(true);
        MutableIssue created = mock(MutableIssue.class);
        when(created.getId()).thenReturn(30001L);
        when(created.getKey()).thenReturn("SHOP-77");
        when(created.getSummary()).thenReturn("Guided warehouse connection");
        when(result.getIssue()).thenReturn(created);
        when(issueService.create(alice, validation)).thenReturn(result);

        IssueSnapshot issue = tracker.create(new NewIssue("SHOP", "epic", "Guided warehouse connection", "The problem"));

        assertThat(issue.key()).isEqualTo("SHOP-77");
        verify(input).setProjectId(10100L);
        verify(input).setIssueTypeId("10000");
        verify(input).setSummary("Guided warehouse connection");
        verify(input).setDescription("The problem");
        verify(input).setSkipScreenCheck(true);
    }

    @Test
    void jirasValidationErrorsArePassedOnAndNothingIsCreated() {
        Project shop = mock(Project.class);
        IssueType story = mock(IssueType.class);
        when(story.getName()).thenReturn("Story");
        when(shop.getIssueTypes()).thenReturn(List.of(story));
        when(projectManager.getProjectObjByKey("SHOP")).thenReturn(shop);
        IssueInputParameters input = mock(IssueInputParameters.class, invocation ->
                invocation.getMethod().getReturnType() == IssueInputParameters.class ? invocation.getMock() : null);
        when(issueService.newIssueInputParameters()).thenReturn(input);
        IssueService.CreateValidationResult validation = mock(IssueService.CreateValidationResult.class);
        ErrorCollection errors = mock(ErrorCollection.class);
        when(errors.getErrors()).thenReturn(Map.of("summary", "You must specify a summary of the issue."));
        when(errors.getErrorMessages()).thenReturn(List.of("You do not have permission to create issues in this project."));
        when(validation.isValid()).thenReturn(false);
        when(validation.getErrorCollection()).thenReturn(errors);
        when(issueService.validateCreate(alice, input)).thenReturn(validation);

        assertThatThrownBy(() -> tracker.create(new NewIssue("SHOP", "Story", "x", "")))
                .isInstanceOfSatisfying(IssueTrackerException.class, e -> {
                    assertThat(e.errors()).containsEntry("summary", "You must specify a summary of the issue.");
                    assertThat(e.errorMessages()).containsExactly("You do not have permission to create issues in this project.");
                });
        assertThatThrownBy(() -> tracker.create(new NewIssue("SHOP", "Epic", "x", "")))
                .isInstanceOfSatisfying(IssueTrackerException.class, e -> assertThat(e.errors()).containsKey("issueType"));
        verify(issueService, never()).create(any(), any());
    }

    @Test
    void anonymousUsersGetNothing() {
        when(authentication.getLoggedInUser()).thenReturn(null);

        assertThatThrownBy(() -> tracker.fetch(List.of(1L))).isInstanceOfSatisfying(IssueTrackerException.class,
                e -> assertThat(e.kind()).isEqualTo(IssueTrackerException.Kind.UNAUTHORIZED));
        verify(issueManager, never()).getIssueObjects(anyCollection());
    }

    @SuppressWarnings("unused")
    private static ProjectPermissionKey unused() {
        return ProjectPermissions.BROWSE_PROJECTS;
    }
}

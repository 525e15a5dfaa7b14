package dev.journeymaps.plugin;

import com.atlassian.jira.datetime.DateTimeFormatter;
import com.atlassian.jira.datetime.DateTimeStyle;
import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.transaction.TransactionCallback;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.journeymaps.store.AoSession;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.springframework.context.ApplicationContext;

import java.io.Writer;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Gives the host-service mocks of a booted plugin container (the {@code @ComponentImport}s) the behaviour of a Jira
 * where the logged-in user may do anything in {@value #PROJECT}: Active Objects answered by a real database, one
 * issue {@value dev.journeymaps.web.rest.ResourceTour#ISSUE_ID}, templates rendered as their name.
 */
final class JiraHostStubs {
    static final String PROJECT = "DEMO";
    static final String USER_KEY = "JIRAUSER10100";

    private JiraHostStubs() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static void stub(ApplicationContext context, AoSession database, Issue issue) throws Exception {
        ActiveObjects ao = context.getBean(ActiveObjects.class);
        when(ao.create(any(Class.class), anyMap())).thenAnswer(call -> database.create(call.getArgument(0), call.getArgument(1)));
        doAnswer(call -> {
            database.createAll(call.getArgument(0), call.getArgument(1));
            return null;
        }).when(ao).create(any(Class.class), any(List.class));
        when(ao.find(any(Class.class), any(Query.class))).thenAnswer(call -> database.find(call.getArgument(0), call.getArgument(1)));
        when(ao.get(any(Class.class), any())).thenAnswer(call -> database.get(call.getArgument(0), call.getArgument(1)));
        when(ao.count(any(Class.class), any(Query.class))).thenAnswer(call -> database.count(call.getArgument(0), call.getArgument(1)));
        doAnswer(call -> {
            database.delete(call.getArguments().length == 1 && call.getArgument(0) instanceof RawEntity<?>[] all ? all
                    : java.util.Arrays.copyOf(call.getArguments(), call.getArguments().length, RawEntity[].class));
            return null;
        }).when(ao).delete(any(RawEntity[].class));
        when(ao.deleteWithSQL(any(Class.class), anyString(), any(Object[].class))).thenAnswer(call -> database.deleteWithSQL(
                call.getArgument(0), call.getArgument(1), java.util.Arrays.copyOfRange(call.getArguments(), 2, call.getArguments().length)));
        when(ao.executeInTransaction(any())).thenAnswer(call -> database.inTransaction(
                () -> call.<TransactionCallback<?>>getArgument(0).doInTransaction()));

        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(USER_KEY);
        when(user.getUsername()).thenReturn("alice");
        when(user.getDisplayName()).thenReturn("Alice Example");
        when(context.getBean(JiraAuthenticationContext.class).getLoggedInUser()).thenReturn(user);
        DateTimeFormatter dates = context.getBean(DateTimeFormatter.class);
        when(dates.forLoggedInUser()).thenReturn(dates);
        when(dates.withStyle(any(DateTimeStyle.class))).thenReturn(dates);
        when(dates.format(any(Date.class))).thenAnswer(call -> call.getArgument(0, Date.class).toInstant().toString());
        Project project = mock(Project.class);
        when(project.getId()).thenReturn(10000L);
        com.atlassian.jira.issue.issuetype.IssueType epic = mock(com.atlassian.jira.issue.issuetype.IssueType.class);
        when(epic.getId()).thenReturn("10000");
        when(epic.getName()).thenReturn("Epic");
        when(project.getIssueTypes()).thenReturn(List.of(epic));
        when(context.getBean(ProjectManager.class).getProjectObjByKey(anyString())).thenReturn(project);
        PermissionManager permissions = context.getBean(PermissionManager.class);
        when(permissions.hasPermission(any(ProjectPermissionKey.class), any(Project.class), eq(user))).thenReturn(true);
        when(permissions.hasPermission(any(ProjectPermissionKey.class), any(Issue.class), eq(user))).thenReturn(true);
        when(context.getBean(IssueManager.class).getIssueObjects(anyCollection())).thenAnswer(call ->
                ((java.util.Collection<Long>) call.getArgument(0)).contains(issue.getId()) ? List.of(issue) : List.of());
        SearchService.ParseResult invalid = new SearchService.ParseResult(null, errors(Set.of("not in this test")));
        when(context.getBean(SearchService.class).parseQuery(eq(user), anyString())).thenReturn(invalid);
        when(context.getBean(UserSearchService.class).canPerformAjaxSearch(user)).thenReturn(true);
        when(context.getBean(UserSearchService.class).findUsers(anyString(), any())).thenReturn(List.of(user));

        when(context.getBean(I18nResolver.class).getText(anyString())).thenAnswer(call -> call.getArgument(0));
        when(context.getBean(ApplicationProperties.class).getBaseUrl(UrlMode.CANONICAL)).thenReturn("http://jira.test/");
        doAnswer(call -> {
            call.<Writer>getArgument(2).write("rendered " + call.getArgument(0));
            return null;
        }).when(context.getBean(TemplateRenderer.class)).render(anyString(), anyMap(), any(Writer.class));
        PageBuilderService pages = context.getBean(PageBuilderService.class);
        when(pages.assembler()).thenReturn(mock(com.atlassian.webresource.api.assembler.WebResourceAssembler.class, RETURNS_DEEP_STUBS));
    }

    static Issue issue(long id, String key) {
        Issue issue = mock(Issue.class);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn(key);
        when(issue.getSummary()).thenReturn("Make setup take a day");
        return issue;
    }

    private static MessageSet errors(Set<String> messages) {
        MessageSet set = mock(MessageSet.class);
        when(set.hasAnyErrors()).thenReturn(!messages.isEmpty());
        when(set.getErrorMessages()).thenReturn(messages);
        return set;
    }

    static Map<String, Object> issueContext(Issue issue) {
        return Map.of("issue", issue);
    }
}

package dev.journeymaps.jira;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.journeymaps.app.work.tracker.IssueQuery;
import dev.journeymaps.app.work.tracker.IssueSearchPage;
import dev.journeymaps.app.work.tracker.IssueTracker;
import dev.journeymaps.app.work.tracker.IssueTrackerException;
import dev.journeymaps.app.work.tracker.IssueTrackers;
import dev.journeymaps.app.Actor;
import dev.journeymaps.domain.work.IssueSnapshot;
import dev.journeymaps.domain.work.NewIssue;
import dev.journeymaps.domain.work.Progress;
import jakarta.inject.Inject;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link IssueTracker} inside Jira, as the logged-in user so Jira's permissions apply: issues in batches
 * from {@link IssueManager} (filtered by Browse permission and issue security), the picker through
 * {@link SearchService} (Jira 11's Lucene-free entry point: JQL parsed as the user), creation through
 * {@link IssueService}'s validate-then-create. Epic children progress comes from one JQL search per chunk of
 * epics over Jira Software's Epic Link field (see {@link EpicChildren}). Being in-process, it is called on the
 * request's thread ({@code RefreshPolicy.inline}), where Jira knows the logged-in user.
 */
@Component("jiraIssueTracker") // referenced by name from META-INF/spring/plugin-context.xml
public class JiraIssueTracker implements IssueTracker, IssueTrackers {
    static final int FETCH_CHUNK = 500;

    private final IssueManager issueManager;
    private final SearchService searchService;
    private final IssueService issueService;
    private final PermissionManager permissionManager;
    private final ProjectManager projectManager;
    private final JiraAuthenticationContext authenticationContext;
    private final EpicChildren epicChildren;
    private final Clock clock;

    @Inject
    public JiraIssueTracker(@ComponentImport IssueManager issueManager, @ComponentImport SearchService searchService,
                            @ComponentImport IssueService issueService, @ComponentImport PermissionManager permissionManager,
                            @ComponentImport ProjectManager projectManager, @ComponentImport CustomFieldManager customFieldManager,
                            @ComponentImport JiraAuthenticationContext authenticationContext) {
        this(issueManager, searchService, issueService, permissionManager, projectManager, customFieldManager,
                authenticationContext, Clock.systemUTC());
    }

    JiraIssueTracker(IssueManager issueManager, SearchService searchService, IssueService issueService,
                     PermissionManager permissionManager, ProjectManager projectManager, CustomFieldManager customFieldManager,
                     JiraAuthenticationContext authenticationContext, Clock clock) {
        this.issueManager = issueManager;
        this.searchService = searchService;
        this.issueService = issueService;
        this.permissionManager = permissionManager;
        this.projectManager = projectManager;
        this.authenticationContext = authenticationContext;
        this.epicChildren = new EpicChildren(searchService, customFieldManager);
        this.clock = clock;
    }

    /** In Jira every use case runs for the logged-in user of the request, whom this tracker always acts as. */
    @Override
    public IssueTracker of(Actor actor) {
        return this;
    }

    @Override
    public List<IssueSnapshot> fetch(Collection<Long> issueIds) {
        ApplicationUser user = user();
        List<Long> ids = List.copyOf(new LinkedHashSet<>(issueIds));
        List<Issue> visible = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += FETCH_CHUNK) {
            for (Issue issue : issueManager.getIssueObjects(ids.subList(from, Math.min(ids.size(), from + FETCH_CHUNK)))) {
                if (permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)) {
                    visible.add(issue);
                }
            }
        }
        Map<Long, Progress> children = epicChildren.of(user, visible.stream().filter(JiraIssues::isEpic).toList());
        return visible.stream().map(issue -> JiraIssues.snapshot(issue, clock.instant(), children.get(issue.getId()))).toList();
    }

    @Override
    public IssueSearchPage search(IssueQuery query, int limit) {
        ApplicationUser user = user();
        SearchService.ParseResult parsed = searchService.parseQuery(user, query.toJql());
        if (!parsed.isValid()) {
            if (query.kind() == IssueQuery.Kind.KEY) {
                return new IssueSearchPage(List.of(), false); // "key = NOPE-1" is invalid JQL: for a picker, no match
            }
            throw new IssueTrackerException(IssueTrackerException.Kind.BAD_REQUEST, "Jira rejected the query",
                    List.copyOf(parsed.getErrors().getErrorMessages()), Map.of());
        }
        try {
            SearchResults<Issue> results = searchService.search(user, parsed.getQuery(), new PagerFilter<Issue>(0, limit));
            List<IssueSnapshot> issues = results.getResults().stream()
                    .map(issue -> JiraIssues.snapshot(issue, clock.instant(), null)).toList();
            return new IssueSearchPage(issues, results.getTotal() > issues.size());
        } catch (SearchException e) {
            throw IssueTrackerException.unavailable("Jira's search failed: " + e.getMessage(), e);
        }
    }

    @Override
    public IssueSnapshot create(NewIssue newIssue) {
        NewIssue wanted = newIssue.validated();
        ApplicationUser user = user();
        Project project = projectManager.getProjectObjByKey(wanted.projectKey());
        if (project == null) {
            throw new IssueTrackerException(IssueTrackerException.Kind.NOT_FOUND, "No project " + wanted.projectKey(),
                    List.of("Project " + wanted.projectKey() + " does not exist."), Map.of());
        }
        IssueType type = project.getIssueTypes().stream().filter(t -> t.getName().equalsIgnoreCase(wanted.issueType()))
                .findFirst().orElseThrow(() -> new IssueTrackerException(IssueTrackerException.Kind.BAD_REQUEST,
                        "No issue type " + wanted.issueType(), List.of(),
                        Map.of("issueType", "Project " + wanted.projectKey() + " has no issue type \"" + wanted.issueType() + "\".")));
        IssueInputParameters input = issueService.newIssueInputParameters()
                .setProjectId(project.getId())
                .setIssueTypeId(type.getId())
                .setSummary(wanted.summary())
                .setDescription(wanted.description())
                // The description is ours (the problem, its evidence, the link back): it must not be refused because
                // a project's Create screen leaves the field off. Permissions and required fields are still checked.
                .setSkipScreenCheck(true);
        IssueService.CreateValidationResult validation = issueService.validateCreate(user, input);
        if (!validation.isValid()) {
            throw rejected(validation.getErrorCollection());
        }
        IssueService.IssueResult result = issueService.create(user, validation);
        if (!result.isValid()) {
            throw rejected(result.getErrorCollection());
        }
        return JiraIssues.snapshot(result.getIssue(), clock.instant(), null);
    }

    /**
     * The project's issue types (its issue type scheme), sub-tasks left out; the epic is Jira Software's Epic type
     * (locked by Jira Software, so its name is fixed). Creating is still checked by {@link IssueService} per type.
     */
    @Override
    public List<dev.journeymaps.app.work.tracker.IssueType> issueTypes(String projectKey) {
        user();
        Project project = projectManager.getProjectObjByKey(projectKey);
        if (project == null) {
            throw new IssueTrackerException(IssueTrackerException.Kind.NOT_FOUND, "No project " + projectKey,
                    List.of("Project " + projectKey + " does not exist."), Map.of());
        }
        return project.getIssueTypes().stream().filter(type -> !type.isSubTask()).map(type -> {
            boolean epic = IssueSnapshot.EPIC.equalsIgnoreCase(type.getName());
            return new dev.journeymaps.app.work.tracker.IssueType(type.getId(), type.getName(), epic ? 1 : 0, epic);
        }).toList();
    }

    /**
     * Jira itself tells a deleted issue from a hidden one: {@link IssueManager} (no permission check) no longer has it.
     * Only whether the id still exists is read, nothing of the issue.
     */
    @Override
    public Set<Long> deleted(Collection<Long> missingIds) {
        List<Long> ids = List.copyOf(new LinkedHashSet<>(missingIds));
        Set<Long> gone = new HashSet<>(ids);
        for (int from = 0; from < ids.size(); from += FETCH_CHUNK) {
            issueManager.getIssueObjects(ids.subList(from, Math.min(ids.size(), from + FETCH_CHUNK)))
                    .forEach(issue -> gone.remove(issue.getId()));
        }
        return gone;
    }

    private ApplicationUser user() {
        ApplicationUser user = authenticationContext.getLoggedInUser();
        if (user == null) {
            throw new IssueTrackerException(IssueTrackerException.Kind.UNAUTHORIZED, "Not logged in to Jira",
                    List.of("You must be logged in."), Map.of());
        }
        return user;
    }

    /** Jira's validation errors, as Jira worded them; a permission error has no field. */
    private static IssueTrackerException rejected(ErrorCollection errors) {
        return new IssueTrackerException(IssueTrackerException.Kind.BAD_REQUEST, "Jira did not create the issue",
                List.copyOf(errors.getErrorMessages()), errors.getErrors());
    }
}

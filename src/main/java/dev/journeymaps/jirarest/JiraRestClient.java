package dev.journeymaps.jirarest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.journeymaps.app.work.tracker.IssueQuery;
import dev.journeymaps.app.work.tracker.IssueSearchPage;
import dev.journeymaps.app.work.tracker.IssueTracker;
import dev.journeymaps.app.work.tracker.IssueTrackerException;
import dev.journeymaps.app.work.tracker.IssueType;
import dev.journeymaps.domain.work.IssueSnapshot;
import dev.journeymaps.jirarest.batch.ChunkedFetch;
import dev.journeymaps.domain.work.NewIssue;
import dev.journeymaps.domain.work.Progress;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * {@link IssueTracker} over Jira's REST API, for the standalone host; works with Cloud and Data
 * Center, telling them apart once by {@code serverInfo}.
 */
public final class JiraRestClient implements IssueTracker {
    /** Both Jiras cap a page of issues at 100 or more when fields are asked for; ask for no more. */
    static final int PAGE_SIZE = 100;

    private final JiraHttp http;
    private final EpicProgress epicProgress;
    private final ChunkedFetch chunks;
    private final IssueCreation creation;
    /** Issues this client created lately: Cloud's search is asked to reconcile them (it may not have indexed them yet). */
    private final RecentIds recentlyCreated = new RecentIds(RecentIds.CLOUD_RECONCILE_MAX);
    private final Clock clock;
    private volatile Deployment deployment;

    public JiraRestClient(JiraConnection connection) {
        this(connection, Clock.systemUTC());
    }

    public JiraRestClient(JiraConnection connection, Clock clock) {
        this(new JiraHttp(connection, new ObjectMapper()), null, clock);
    }

    /**
     * Clients for one Jira site that share ONE {@link java.net.http.HttpClient} (connection pool, selector thread),
     * each sending its own user's credentials: a client per user cost a selector thread per signed-in user. They also
     * share {@code chunkPool}, which runs the chunks of a large fetch in parallel ({@link ChunkedFetch}).
     */
    public static java.util.function.Function<JiraConnection, JiraRestClient> forSite(Clock clock, Executor chunkPool) {
        java.net.http.HttpClient shared = JiraHttp.newClient(JiraConnection.DEFAULT_CONNECT_TIMEOUT);
        return connection -> new JiraRestClient(connection, shared, chunkPool, clock);
    }

    JiraRestClient(JiraConnection connection, java.net.http.HttpClient shared, Executor chunkPool, Clock clock) {
        this(new JiraHttp(connection, new ObjectMapper(), shared), chunkPool, clock);
    }

    private JiraRestClient(JiraHttp http, Executor chunkPool, Clock clock) {
        this.http = http;
        this.chunks = new ChunkedFetch(chunkPool);
        this.epicProgress = new EpicProgress(http);
        this.creation = new IssueCreation(http, new CreateMeta(http));
        this.clock = clock;
    }

    /**
     * The issues, in searches of 100 ids run in parallel ({@link ChunkedFetch}), with epics' children progress (one
     * more search per 100 epics, see {@link EpicProgress}).
     */
    @Override
    public List<IssueSnapshot> fetch(Collection<Long> issueIds) {
        List<Long> ids = List.copyOf(new LinkedHashSet<>(issueIds));
        Map<Long, IssueSnapshot> found = new LinkedHashMap<>();
        Set<Long> epicIds = ConcurrentHashMap.newKeySet();
        chunks.fetch(ids, chunk -> search(chunk, epicIds)).forEach(issue -> found.put(issue.id(), issue));
        List<IssueSnapshot> epics = found.values().stream().filter(issue -> epicIds.contains(issue.id())).toList();
        Map<Long, Progress> children = epics.isEmpty() ? Map.of() : epicProgress.of(epics, deployment());
        return ids.stream().filter(found::containsKey)
                .map(id -> children.containsKey(id) ? found.get(id).withChildren(children.get(id)) : found.get(id)).toList();
    }

    /** One {@code id in (…)} search; {@link ChunkedFetch} splits it when Jira rejects an id. */
    private List<IssueSnapshot> search(List<Long> chunk, Set<Long> epicIds) {
        String jql = chunk.stream().map(String::valueOf).collect(Collectors.joining(",", "id in (", ")"));
        return collect(jql, Integer.MAX_VALUE, new SearchEndpoint.Lookup(true, recentlyCreated.among(chunk)), epicIds).issues();
    }

    @Override
    public IssueSearchPage search(IssueQuery query, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        try {
            return collect(query.toJql(), limit, SearchEndpoint.Lookup.PICKER, new HashSet<>());
        } catch (IssueTrackerException e) {
            // Jira rejects "key = ABC-9" when no such issue (or project) exists: for a picker that is "no match".
            if (query.kind() == IssueQuery.Kind.KEY && e.kind() == IssueTrackerException.Kind.BAD_REQUEST) {
                return new IssueSearchPage(List.of(), false);
            }
            throw e;
        }
    }

    /** Creates the issue ({@link IssueCreation}: real issue types, Epic Name on DC, escaped description, known from the 201). */
    @Override
    public IssueSnapshot create(NewIssue newIssue) {
        IssueSnapshot created = creation.create(newIssue.validated(), deployment(), Instant.now(clock));
        recentlyCreated.add(created.id());
        return created;
    }

    /** The project's creatable issue types, from createmeta (remembered per project by this client). */
    @Override
    public List<IssueType> issueTypes(String projectKey) {
        return creation.meta().types(projectKey, deployment()).stream()
                .map(type -> new IssueType(type.id(), type.name(), type.level(), type.epic())).toList();
    }

    /** The user our credentials belong to. */
    public JiraAccount myself() {
        JsonNode user = http.get("/rest/api/2/myself");
        String id = user.path("accountId").asText("");
        if (id.isEmpty()) {
            id = user.path("key").asText(user.path("name").asText(""));
        }
        return new JiraAccount(id, user.path("displayName").asText(""), user.path("emailAddress").asText(""));
    }

    /** At most {@code limit} people matching the query, for owners and mentions ({@link JiraPeople}). */
    public List<JiraPerson> people(String query, int limit) {
        return JiraPeople.search(http, deployment(), query, limit);
    }

    /** The person with this accountId (Cloud) or user key (Data Center), if Jira knows one. */
    public java.util.Optional<JiraPerson> person(String id) {
        return JiraPeople.byId(http, deployment(), id);
    }

    /** The projects the signed-in user may browse, by key ({@link ProjectList}). */
    public List<JiraProject> projects() {
        return ProjectList.of(http, deployment());
    }

    /** What the signed-in user may do in a project; a project they may not see answers 404. */
    public ProjectPermissions permissions(String projectKey) {
        // Cloud requires "permissions"; Data Center's reference does not declare it (it answers every permission).
        JsonNode answer = http.get("/rest/api/2/mypermissions?projectKey=" + encode(projectKey)
                + (deployment() == Deployment.CLOUD ? "&permissions=" + ProjectPermissions.KEYS : ""));
        JsonNode granted = answer.path("permissions");
        return new ProjectPermissions(projectKey,
                granted.path("BROWSE_PROJECTS").path("havePermission").asBoolean(false),
                granted.path("EDIT_ISSUES").path("havePermission").asBoolean(false),
                granted.path("ADMINISTER_PROJECTS").path("havePermission").asBoolean(false));
    }

    /** Cloud or Data Center, asked once and then remembered (a Jira does not change kind while we run). */
    Deployment deployment() {
        Deployment known = deployment;
        if (known == null) {
            known = Deployment.fromServerInfo(http.get("/rest/api/2/serverInfo"));
            deployment = known;
        }
        return known;
    }

    /** Follows pages until {@code limit} issues are in hand or Jira has no more; adds the epics' ids to {@code epicIds}. */
    private IssueSearchPage collect(String jql, int limit, SearchEndpoint.Lookup lookup, Set<Long> epicIds) {
        SearchEndpoint endpoint = SearchEndpoint.forDeployment(deployment(), http);
        Instant now = Instant.now(clock);
        List<IssueSnapshot> issues = new ArrayList<>();
        String cursor = null;
        do {
            int want = Math.min(PAGE_SIZE, limit - issues.size());
            SearchEndpoint.Page page = endpoint.page(jql, IssueJson.FIELDS, want, cursor, lookup);
            page.issues().stream().limit(limit - issues.size()).forEach(node -> {
                IssueSnapshot issue = IssueJson.snapshot(node, now);
                issues.add(issue);
                if (IssueJson.isEpic(node)) {
                    epicIds.add(issue.id());
                }
            });
            cursor = page.nextCursor();
            if (page.issues().isEmpty()) {
                break;
            }
        } while (cursor != null && issues.size() < limit);
        return new IssueSearchPage(issues, cursor != null);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

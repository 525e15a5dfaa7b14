package dev.journeymaps.standalone;

import dev.journeymaps.standalone.jira.JiraPermissions;
import dev.journeymaps.standalone.session.BrowserSessions;
import dev.journeymaps.standalone.session.JiraCredentials;
import dev.journeymaps.standalone.session.Recent;
import dev.journeymaps.app.AccessPolicy;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.work.tracker.IssueQuery;
import dev.journeymaps.app.work.tracker.IssueSearchPage;
import dev.journeymaps.app.work.tracker.IssueTracker;
import dev.journeymaps.app.work.tracker.IssueTrackerException;
import dev.journeymaps.app.work.tracker.IssueTrackers;
import dev.journeymaps.domain.work.IssueSnapshot;
import dev.journeymaps.domain.work.NewIssue;
import dev.journeymaps.jirarest.JiraRestClient;
import dev.journeymaps.jirarest.JiraConnection;
import dev.journeymaps.jirarest.ProjectPermissions;
import dev.journeymaps.web.RequestActor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Users signed in with their own Jira credentials, per browser session, each acting through a {@link JiraRestClient}
 * with their credentials, so Jira decides what they see and may do ({@link JiraPermissions}). Sessions live in the
 * database ({@link BrowserSessions}), so any node serves any user; a node remembers clients and permissions of recent
 * sessions only. Signing out, or Jira refusing the credentials (401), ends that session only, on every node.
 */
final class JiraUsers implements RequestActor, AccessPolicy, IssueTrackers {
    /** Sessions and users a node remembers; others are rebuilt from the database when they come back. */
    private static final int REMEMBERED = 1000;

    private final Map<String, SignedIn> bySession = Recent.map(REMEMBERED);
    private final Map<String, SignedIn> latestByUser = Recent.map(REMEMBERED);
    private final BrowserSessions sessions;
    private final Function<JiraConnection, JiraRestClient> clients;
    private final URI jiraUrl;
    private final JiraPermissions.Settings permissionSettings;
    private final Clock clock;
    private volatile Consumer<String> onSignOut = userKey -> { };
    private volatile Consumer<Actor> onSignIn = actor -> { };

    /** {@code clients}: one HTTP client per site, see {@link JiraRestClient#forSite}. */
    JiraUsers(BrowserSessions sessions, URI jiraUrl, Function<JiraConnection, JiraRestClient> clients,
              JiraPermissions.Settings permissionSettings, Clock clock) {
        this.sessions = sessions;
        this.jiraUrl = jiraUrl;
        this.clients = clients;
        this.permissionSettings = permissionSettings;
        this.clock = clock;
    }

    /** One signed-in session: who, their Jira client, and what Jira last said they may do. */
    private final class SignedIn {
        final String sessionId;
        final Actor actor;
        final JiraRestClient client;
        final JiraPermissions permissions;
        volatile Instant lastSeen = clock.instant();

        SignedIn(String sessionId, Actor actor, JiraRestClient client) {
            this.sessionId = sessionId;
            this.actor = actor;
            this.client = client;
            this.permissions = new JiraPermissions(project -> refusedSignsOut(this, () -> client.permissions(project)),
                    permissionSettings);
        }
    }

    /** Told every user who signs in or first comes to this node. */
    void onSignIn(Consumer<Actor> listener) {
        this.onSignIn = listener;
    }

    /** Told the user key of every session that ends (to forget what Jira said about that user). */
    void onSignOut(Consumer<String> listener) {
        this.onSignOut = listener;
    }

    JiraRestClient clientFor(JiraCredentials credentials) {
        return clients.apply(credentials.connection(jiraUrl));
    }

    /** Starts this browser's session for the user Jira confirmed, with the client that asked. */
    void signIn(HttpServletRequest request, HttpServletResponse response, Actor actor, JiraCredentials credentials,
                JiraRestClient client) {
        sweep();
        BrowserSessions.Resumed session = sessions.start(request, response, actor, credentials);
        remember(new SignedIn(session.id(), actor, client));
        onSignIn.accept(actor);
    }

    /** Ends this browser's session only, on every node. */
    void signOut(HttpServletRequest request, HttpServletResponse response) {
        sessions.end(request, response).map(bySession::get).ifPresent(this::end);
    }

    /** Forgets clients (and tokens) idle past a session's expiry: a token lives no longer than its session. */
    private void sweep() {
        Instant idleSince = clock.instant().minus(BrowserSessions.IDLE);
        List<SignedIn> idle;
        synchronized (bySession) {
            idle = bySession.values().stream().filter(user -> user.lastSeen.isBefore(idleSince)).toList();
        }
        idle.forEach(this::end);
    }

    /** Only this session ends; the user's other browsers stay signed in. */
    private void end(SignedIn user) {
        bySession.remove(user.sessionId, user);
        List<SignedIn> others;
        synchronized (bySession) {
            others = bySession.values().stream().filter(other -> other.actor.userKey().equals(user.actor.userKey())).toList();
        }
        latestByUser.computeIfPresent(user.actor.userKey(), (key, latest) -> latest != user ? latest
                : others.stream().findFirst().orElse(null));
        onSignOut.accept(user.actor.userKey());
    }

    @Override
    public Actor actorOf(HttpServletRequest request) {
        Optional<BrowserSessions.Resumed> session = sessions.resume(request);
        if (session.isEmpty()) {
            return null;
        }
        BrowserSessions.Resumed resumed = session.get();
        SignedIn known = bySession.get(resumed.id());
        if (known == null) { // signed in on another node, or forgotten here
            known = new SignedIn(resumed.id(), resumed.actor(), clientFor(resumed.credentials()));
            onSignIn.accept(known.actor);
        }
        known.lastSeen = clock.instant();
        remember(known);
        return known.actor;
    }

    private void remember(SignedIn user) {
        bySession.put(user.sessionId, user);
        latestByUser.put(user.actor.userKey(), user);
    }

    @Override
    public IssueTracker of(Actor actor) {
        SignedIn user = signedIn(actor);
        return new IssueTracker() {
            @Override
            public List<IssueSnapshot> fetch(Collection<Long> issueIds) {
                return refusedSignsOut(user, () -> user.client.fetch(issueIds));
            }

            @Override
            public IssueSearchPage search(IssueQuery query, int limit) {
                return refusedSignsOut(user, () -> user.client.search(query, limit));
            }

            @Override
            public IssueSnapshot create(NewIssue newIssue) {
                return refusedSignsOut(user, () -> user.client.create(newIssue));
            }

            @Override
            public List<dev.journeymaps.app.work.tracker.IssueType> issueTypes(String projectKey) {
                return refusedSignsOut(user, () -> user.client.issueTypes(projectKey));
            }
        };
    }

    /** The Jira client of this user's most recent session. */
    JiraRestClient client(Actor actor) {
        return signedIn(actor).client;
    }

    /** The projects Jira lets the signed-in user browse; none when Jira cannot say right now. */
    @Override
    public List<ProjectName> browsableProjects(Actor actor) {
        try {
            return client(actor).projects().stream().map(p -> new ProjectName(p.key(), p.name())).toList();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    @Override
    public boolean canView(Actor actor, String projectKey) {
        return permissions(actor, projectKey).browseProjects();
    }

    @Override
    public boolean canEdit(Actor actor, String projectKey) {
        ProjectPermissions granted = permissions(actor, projectKey);
        return granted.browseProjects() && granted.editIssues();
    }

    @Override
    public boolean canAdminister(Actor actor, String projectKey) {
        ProjectPermissions granted = permissions(actor, projectKey);
        return granted.browseProjects() && granted.administerProjects();
    }

    private ProjectPermissions permissions(Actor actor, String projectKey) {
        SignedIn user = actor == null ? null : latestByUser.get(actor.userKey());
        if (user == null || projectKey == null) {
            return new ProjectPermissions(projectKey, false, false, false);
        }
        return user.permissions.of(projectKey);
    }

    private SignedIn signedIn(Actor actor) {
        SignedIn user = actor == null ? null : latestByUser.get(actor.userKey());
        if (user == null) {
            throw new IssueTrackerException(IssueTrackerException.Kind.UNAUTHORIZED, "Not signed in to Jira",
                    List.of("Sign in with your Jira account first."), Map.of());
        }
        return user;
    }

    /** Jira no longer accepts this session's credentials: it is over, on every node; the user signs in again. */
    private <T> T refusedSignsOut(SignedIn user, Supplier<T> call) {
        try {
            return call.get();
        } catch (IssueTrackerException e) {
            if (e.kind() == IssueTrackerException.Kind.UNAUTHORIZED) {
                sessions.revoke(user.sessionId);
                end(user);
            }
            throw e;
        }
    }
}

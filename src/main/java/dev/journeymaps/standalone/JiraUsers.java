package dev.journeymaps.standalone;

import dev.journeymaps.standalone.jira.JiraPermissions;
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
import dev.journeymaps.jirarest.ProjectPermissions;
import dev.journeymaps.web.RequestActor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Users signed in with their own Jira credentials, per browser session. Each session has a {@link JiraRestClient}
 * acting as the user, so Jira decides what they see and may do: Browse Projects = view maps, Edit Issues = edit,
 * Administer Projects = delete ({@link JiraPermissions}). Signing out ends that session only. When Jira refuses a
 * session's credentials (401: revoked or expired token; 403 with a CAPTCHA challenge), that session is signed out,
 * so its pages send the user to sign in again and come back.
 */
final class JiraUsers implements RequestActor, AccessPolicy, IssueTrackers {
    static final String SESSION_ATTRIBUTE = "journeymaps.jiraUser";

    private final Map<String, SignedIn> bySession = new ConcurrentHashMap<>();
    private final Map<String, SignedIn> latestByUser = new ConcurrentHashMap<>();
    private final JiraPermissions.Settings permissionSettings;
    private volatile Consumer<String> onSignOut = userKey -> { };
    private volatile Consumer<Actor> onSignIn = actor -> { };

    JiraUsers(JiraPermissions.Settings permissionSettings) {
        this.permissionSettings = permissionSettings;
    }

    /** One signed-in session: who, their Jira client, and what Jira last said they may do. */
    private final class SignedIn {
        final HttpSession session;
        final String sessionId;
        final Actor actor;
        final JiraRestClient client;
        final JiraPermissions permissions;

        SignedIn(HttpSession session, Actor actor, JiraRestClient client) {
            this.session = session;
            this.sessionId = session.getId();
            this.actor = actor;
            this.client = client;
            this.permissions = new JiraPermissions(project -> refusedSignsOut(this, () -> client.permissions(project)),
                    permissionSettings);
        }
    }

    /** Told every user who signs in. */
    void onSignIn(Consumer<Actor> listener) {
        this.onSignIn = listener;
    }

    /** Told the user key of every session that ends (to forget what Jira said about that user). */
    void onSignOut(Consumer<String> listener) {
        this.onSignOut = listener;
    }

    void signIn(HttpSession session, Actor actor, JiraRestClient client) {
        sweep();
        SignedIn user = new SignedIn(session, actor, client);
        bySession.put(session.getId(), user);
        latestByUser.put(actor.userKey(), user);
        session.setAttribute(SESSION_ATTRIBUTE, actor);
        onSignIn.accept(actor);
    }

    void signOut(HttpSession session) {
        SignedIn user = bySession.get(session.getId());
        if (user != null) {
            end(user);
        }
        session.invalidate();
    }

    /**
     * Forgets sessions the container has expired (30 idle minutes), with their Jira clients and tokens: a token lives
     * no longer than its session. Run at each sign-in, so the memory held is bounded by the sessions alive.
     */
    private void sweep() {
        for (SignedIn user : List.copyOf(bySession.values())) {
            try {
                user.session.getLastAccessedTime();
            } catch (IllegalStateException invalidated) {
                end(user);
            }
        }
    }

    /** Only this session ends; the user's other browsers stay signed in. */
    private void end(SignedIn user) {
        bySession.remove(user.sessionId, user);
        latestByUser.computeIfPresent(user.actor.userKey(), (key, latest) -> latest != user ? latest
                : bySession.values().stream().filter(other -> other.actor.userKey().equals(key)).findFirst().orElse(null));
        onSignOut.accept(user.actor.userKey());
    }

    @Override
    public Actor actorOf(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        SignedIn user = session == null ? null : bySession.get(session.getId());
        return user == null ? null : user.actor;
    }

    @Override
    public IssueTracker of(Actor actor) {
        SignedIn user = signedIn(actor);
        if (user == null) {
            throw new IssueTrackerException(IssueTrackerException.Kind.UNAUTHORIZED, "Not signed in to Jira",
                    List.of("Sign in with your Jira account first."), Map.of());
        }
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
        };
    }

    /** The Jira client acting for this user (their most recent session). */
    JiraRestClient client(Actor actor) {
        SignedIn user = signedIn(actor);
        if (user == null) {
            throw new IssueTrackerException(IssueTrackerException.Kind.UNAUTHORIZED, "Not signed in to Jira",
                    List.of("Sign in with your Jira account first."), Map.of());
        }
        return user.client;
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
        SignedIn user = signedIn(actor);
        if (user == null || projectKey == null) {
            return new ProjectPermissions(projectKey, false, false, false);
        }
        return user.permissions.of(projectKey);
    }

    private SignedIn signedIn(Actor actor) {
        return actor == null ? null : latestByUser.get(actor.userKey());
    }

    /** Jira no longer accepts this session's credentials: it is over; the user signs in again. */
    private <T> T refusedSignsOut(SignedIn user, Supplier<T> call) {
        try {
            return call.get();
        } catch (IssueTrackerException e) {
            if (e.kind() == IssueTrackerException.Kind.UNAUTHORIZED) {
                end(user);
            }
            throw e;
        }
    }
}

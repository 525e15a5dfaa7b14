package dev.journeymaps.standalone;

import dev.journeymaps.app.AccessPolicy;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.work.tracker.IssueTracker;
import dev.journeymaps.app.work.tracker.IssueTrackerException;
import dev.journeymaps.app.work.tracker.IssueTrackers;
import dev.journeymaps.jirarest.JiraRestClient;
import dev.journeymaps.jirarest.ProjectPermissions;
import dev.journeymaps.web.RequestActor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Users signed in with their own Jira credentials. Each has a {@link JiraRestClient} acting as them, so Jira
 * decides what they see and may do: Browse Projects = view maps, Edit Issues = edit, Administer Projects =
 * delete. Permissions are cached per user for a short time; a user whose Jira session is gone may do nothing.
 */
final class JiraUsers implements RequestActor, AccessPolicy, IssueTrackers {
    static final String SESSION_ATTRIBUTE = "journeymaps.jiraUser";

    private final Map<String, SignedIn> signedIn = new ConcurrentHashMap<>();
    private final Duration permissionTtl;
    private final Clock clock;

    JiraUsers(Duration permissionTtl, Clock clock) {
        this.permissionTtl = permissionTtl;
        this.clock = clock;
    }

    /** One signed-in user: their Jira client and the permissions Jira last gave them, per project. */
    static final class SignedIn {
        final Actor actor;
        final JiraRestClient client;
        final Map<String, Cached> permissions = new ConcurrentHashMap<>();

        SignedIn(Actor actor, JiraRestClient client) {
            this.actor = actor;
            this.client = client;
        }
    }

    record Cached(ProjectPermissions permissions, Instant at) {
    }

    void signIn(HttpSession session, Actor actor, JiraRestClient client) {
        SignedIn user = new SignedIn(actor, client);
        signedIn.put(actor.userKey(), user);
        session.setAttribute(SESSION_ATTRIBUTE, actor);
    }

    void signOut(HttpSession session) {
        Object actor = session.getAttribute(SESSION_ATTRIBUTE);
        if (actor instanceof Actor known) {
            signedIn.remove(known.userKey());
        }
        session.invalidate();
    }

    @Override
    public Actor actorOf(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object actor = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
        return actor instanceof Actor known && signedIn.containsKey(known.userKey()) ? known : null;
    }

    @Override
    public IssueTracker of(Actor actor) {
        SignedIn user = actor == null ? null : signedIn.get(actor.userKey());
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

    /** Jira's answer, at most {@code permissionTtl} old; a project Jira does not show the user grants nothing. */
    private ProjectPermissions permissions(Actor actor, String projectKey) {
        SignedIn user = actor == null ? null : signedIn.get(actor.userKey());
        if (user == null || projectKey == null) {
            return new ProjectPermissions(projectKey, false, false, false);
        }
        Instant now = clock.instant();
        Cached cached = user.permissions.get(projectKey);
        if (cached != null && cached.at().plus(permissionTtl).isAfter(now)) {
            return cached.permissions();
        }
        ProjectPermissions fresh;
        try {
            fresh = user.client.permissions(projectKey);
        } catch (IssueTrackerException e) {
            if (e.kind() != IssueTrackerException.Kind.NOT_FOUND) {
                throw e;
            }
            fresh = new ProjectPermissions(projectKey, false, false, false);
        }
        user.permissions.put(projectKey, new Cached(fresh, now));
        return fresh;
    }
}

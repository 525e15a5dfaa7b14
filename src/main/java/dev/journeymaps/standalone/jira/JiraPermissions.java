package dev.journeymaps.standalone.jira;

import dev.journeymaps.app.work.tracker.IssueTrackerException;
import dev.journeymaps.jirarest.ProjectPermissions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * One signed-in session's project permissions, as Jira last gave them. Jira is asked again once an answer is older
 * than the TTL, and a request waits for it at most {@code maxWait}. While Jira is down, silent or rate limiting, the
 * last answer is used for up to {@code grace} (the map views say Jira is unavailable); never when Jira refuses the
 * user's credentials (401, 403), which is thrown at once. The answers live as long as the session, no longer.
 */
public final class JiraPermissions {
    private record Answer(ProjectPermissions permissions, Instant at) {
    }

    private final Function<String, ProjectPermissions> jira;
    private final Settings settings;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<ProjectPermissions>> asking = new ConcurrentHashMap<>();

    /** How long answers are trusted, how long a request waits for Jira, and where the asking runs. */
    public record Settings(Duration ttl, Duration grace, Duration maxWait, Executor executor, Clock clock) {
    }

    public JiraPermissions(Function<String, ProjectPermissions> jira, Settings settings) {
        this.jira = jira;
        this.settings = settings;
    }

    public ProjectPermissions of(String projectKey) {
        Instant now = settings.clock().instant();
        Answer known = answers.get(projectKey);
        if (known != null && known.at().plus(settings.ttl()).isAfter(now)) {
            return known.permissions();
        }
        boolean usable = known != null && known.at().plus(settings.grace()).isAfter(now);
        CompletableFuture<ProjectPermissions> mine = new CompletableFuture<>();
        CompletableFuture<ProjectPermissions> running = asking.putIfAbsent(projectKey, mine);
        CompletableFuture<ProjectPermissions> answer = running != null ? running : ask(projectKey, mine);
        try {
            return answer.get(settings.maxWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            if (usable) {
                return known.permissions();
            }
            throw IssueTrackerException.unavailable("Jira did not answer within " + settings.maxWait().toMillis()
                    + " ms, and it has not told us recently what you may do in project " + projectKey + ".", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IssueTrackerException refused && usable && isOutage(refused)) {
                return known.permissions();
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw IssueTrackerException.unavailable("Interrupted while waiting for Jira", e);
        }
    }

    /** Asks Jira once (concurrent requests for the project share the question); the answer is kept whenever it comes. */
    private CompletableFuture<ProjectPermissions> ask(String projectKey, CompletableFuture<ProjectPermissions> question) {
        Runnable work = () -> {
            try {
                ProjectPermissions fresh = fetch(projectKey);
                answers.put(projectKey, new Answer(fresh, settings.clock().instant()));
                question.complete(fresh);
            } catch (RuntimeException e) {
                question.completeExceptionally(e);
            } finally {
                asking.remove(projectKey, question);
            }
        };
        try {
            settings.executor().execute(work);
        } catch (java.util.concurrent.RejectedExecutionException busy) {
            question.completeExceptionally(IssueTrackerException.unavailable("Too many Jira permission checks at once", busy));
            asking.remove(projectKey, question);
        }
        return question;
    }

    /** A project Jira does not show the user grants nothing. */
    private ProjectPermissions fetch(String projectKey) {
        try {
            return jira.apply(projectKey);
        } catch (IssueTrackerException e) {
            if (e.kind() == IssueTrackerException.Kind.NOT_FOUND) {
                return new ProjectPermissions(projectKey, false, false, false);
            }
            throw e;
        }
    }

    public static boolean isOutage(IssueTrackerException e) {
        return e.kind() == IssueTrackerException.Kind.UNAVAILABLE || e.kind() == IssueTrackerException.Kind.RATE_LIMITED;
    }
}

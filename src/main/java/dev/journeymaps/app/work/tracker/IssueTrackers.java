package dev.journeymaps.app.work.tracker;

import dev.journeymaps.app.Actor;

/**
 * Port: the {@link IssueTracker} that acts as a user, so Jira's own permissions decide what they see and
 * may create. In Jira one tracker serves the logged-in user; standalone, each signed-in user has their own
 * Jira credentials.
 */
@FunctionalInterface
public interface IssueTrackers {
    /** @throws IssueTrackerException (UNAUTHORIZED) when the actor has no Jira session */
    IssueTracker of(Actor actor);

    static IssueTrackers single(IssueTracker tracker) {
        return actor -> tracker;
    }
}

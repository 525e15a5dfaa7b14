package dev.journeymaps.app.work.tracker;

import dev.journeymaps.domain.work.IssueSnapshot;
import dev.journeymaps.domain.work.NewIssue;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Port: the Jira issues that map cards link to. In Jira it is Jira's own services; standalone it is
 * Jira's REST API. Every method throws {@link IssueTrackerException} when Jira refuses or is away.
 */
public interface IssueTracker {

    /**
     * The issues with these ids that still exist and the user may see, in a few batched calls (never
     * one per issue). Issues that are gone are simply absent; order follows {@code issueIds}.
     */
    List<IssueSnapshot> fetch(Collection<Long> issueIds);

    /** At most {@code limit} issues matching the query, for the issue picker. */
    IssueSearchPage search(IssueQuery query, int limit);

    /** Creates the issue and returns what Jira now says about it. */
    IssueSnapshot create(NewIssue newIssue);

    /** The issue types of the project the user may create (sub-tasks left out), in Jira's order. */
    List<IssueType> issueTypes(String projectKey);

    /**
     * Of these issues, which {@link #fetch} did not return, those that no longer exist in Jira. Signed in as the user,
     * Jira's REST API answers a deleted issue and one the user may not see alike, so a REST client knows none (the
     * default); Jira itself can tell them apart.
     */
    default Set<Long> deleted(Collection<Long> missingIds) {
        return Set.of();
    }
}

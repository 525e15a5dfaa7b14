package dev.journeymaps.testing;

import dev.journeymaps.app.work.tracker.IssueQuery;
import dev.journeymaps.app.work.tracker.IssueSearchPage;
import dev.journeymaps.app.work.tracker.IssueTracker;
import dev.journeymaps.domain.work.IssueSnapshot;
import dev.journeymaps.domain.work.NewIssue;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/** A tracker for tests that only fetch: searching or creating is a test bug and fails loudly. */
public final class FetchOnlyTracker implements IssueTracker {
    private final Function<Collection<Long>, List<IssueSnapshot>> fetch;

    public FetchOnlyTracker(Function<Collection<Long>, List<IssueSnapshot>> fetch) {
        this.fetch = fetch;
    }

    @Override
    public List<IssueSnapshot> fetch(Collection<Long> issueIds) {
        return fetch.apply(issueIds);
    }

    @Override
    public IssueSearchPage search(IssueQuery query, int limit) {
        throw new UnsupportedOperationException("This test's tracker only fetches");
    }

    @Override
    public IssueSnapshot create(NewIssue newIssue) {
        throw new UnsupportedOperationException("This test's tracker only fetches");
    }

    @Override
    public List<dev.journeymaps.app.work.tracker.IssueType> issueTypes(String projectKey) {
        throw new UnsupportedOperationException("This test's tracker only fetches");
    }
}

package dev.journeymaps.app.work.tracker;

import dev.journeymaps.domain.work.IssueSnapshot;

import java.util.List;

/** The first issues matching a picker query; {@code more} says Jira has others beyond the limit. */
public record IssueSearchPage(List<IssueSnapshot> issues, boolean more) {
    public IssueSearchPage {
        issues = List.copyOf(issues);
    }
}

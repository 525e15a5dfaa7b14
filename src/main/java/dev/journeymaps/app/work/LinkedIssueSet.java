package dev.journeymaps.app.work;

import java.util.List;
import java.util.stream.Collectors;

/** Issue ids, ascending, and the JQL that finds exactly them in Jira: {@code id in (10001, 10002)}. */
public record LinkedIssueSet(List<Long> issueIds) {
    public LinkedIssueSet {
        issueIds = List.copyOf(issueIds);
    }

    public boolean isEmpty() {
        return issueIds.isEmpty();
    }

    /** {@code id in (…)}; "" for no issues (Jira rejects {@code id in ()}). */
    public String jql() {
        return isEmpty() ? "" : issueIds.stream().map(String::valueOf).collect(Collectors.joining(", ", "id in (", ")"));
    }
}

package dev.journeymaps.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * What we last saw of a Jira issue, and when. The id is the issue's identity (keys change when an
 * issue moves to another project); the key is for display.
 */
public record IssueSnapshot(long id, String key, String summary, String issueType, String statusName,
                            StatusCategory statusCategory, String assignee, Instant fetchedAt) {

    public IssueSnapshot {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        summary = Text.orEmpty(summary);
        issueType = Text.orEmpty(issueType);
        statusName = Text.orEmpty(statusName);
        statusCategory = statusCategory == null ? StatusCategory.UNKNOWN : statusCategory;
        assignee = Text.orEmpty(assignee);
    }

    public boolean isDone() {
        return statusCategory == StatusCategory.DONE;
    }

    public boolean isAssigned() {
        return !assignee.isEmpty();
    }
}

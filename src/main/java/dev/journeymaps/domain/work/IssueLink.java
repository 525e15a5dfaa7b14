package dev.journeymaps.domain.work;

import dev.journeymaps.domain.Text;
import java.time.Instant;
import java.util.Objects;

/**
 * A pain point or opportunity card linked to a Jira issue. The issue id is the link's identity (keys
 * change when issues move); the key is the one the issue had when linked, for display until the cache
 * knows better.
 */
public record IssueLink(long mapId, long cardId, long issueId, String issueKey, String createdBy, Instant createdAt) {

    public IssueLink {
        issueKey = Text.orEmpty(issueKey);
        createdBy = Text.orEmpty(createdBy);
        Objects.requireNonNull(createdAt, "createdAt");
    }
}

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

    /**
     * The id an unresolved link is kept under: the negative of the id the issue had on the Jira site a map was imported
     * from (found on this site neither by key nor by id). No Jira issue has a negative id, so it is never asked of Jira;
     * the card shows it as "Unresolved: ABC-12 from the old site" until the user relinks or removes it.
     */
    public static long unresolvedId(long oldSiteId) {
        return -Math.abs(oldSiteId);
    }

    public boolean isUnresolved() {
        return issueId < 0;
    }
}

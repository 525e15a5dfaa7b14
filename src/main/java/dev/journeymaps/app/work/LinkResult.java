package dev.journeymaps.app.work;

import dev.journeymaps.domain.work.CachedIssue;
import dev.journeymaps.domain.work.IssueLink;

/**
 * The outcome of linking an issue to a card: the link, the issue as the cache now knows it, the map's
 * version afterwards, and whether the link is new (linking twice keeps one link and changes nothing).
 */
public record LinkResult(IssueLink link, CachedIssue issue, long version, boolean created) {
}

package dev.journeymaps.app.stewardship;

import dev.journeymaps.app.work.IssueCache;
import dev.journeymaps.app.work.IssueLinks;
import dev.journeymaps.app.work.IssueStatusRefresher;
import dev.journeymaps.domain.work.CachedIssue;
import dev.journeymaps.domain.work.IssueLink;
import dev.journeymaps.domain.work.LinkedWork;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.work.StatusCategory;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Linked work for prioritization and snapshots, read from the links and the issue cache only: two queries
 * per map and never a Jira call (the map view's status refresh keeps the cache fresh). A linked issue not
 * in the cache yet counts as linked work of unknown status; one Jira itself said was deleted counts as no work
 * (only Jira can tell: over REST a deleted issue looks hidden, and what is hidden from one user is not from all).
 */
public final class CachedLinkedWork implements LinkedWorkSource {
    private final IssueLinks links;
    private final IssueCache cache;
    private final IssueStatusRefresher deletions;

    public CachedLinkedWork(IssueLinks links, IssueCache cache) {
        this(links, cache, null);
    }

    /** @param deletions what Jira said was deleted, or null where that is never known */
    public CachedLinkedWork(IssueLinks links, IssueCache cache, IssueStatusRefresher deletions) {
        this.links = links;
        this.cache = cache;
        this.deletions = deletions;
    }

    @Override
    public Map<Long, LinkedWork> linkedWork(MapBoard board) {
        List<IssueLink> onCards = links.ofMap(board.map().id()).stream()
                .filter(link -> board.card(link.cardId()).isPresent()).toList();
        Set<Long> deleted = deletions == null || onCards.isEmpty() ? Set.of()
                : deletions.knownDeleted(onCards.stream().map(IssueLink::issueId).toList());
        List<IssueLink> mapLinks = onCards.stream().filter(link -> !deleted.contains(link.issueId())).toList();
        if (mapLinks.isEmpty()) {
            return Map.of();
        }
        return LinkedWork.byCard(mapLinks, cache.get(mapLinks.stream().map(IssueLink::issueId).distinct().toList()));
    }

    @Override
    public LinkedWork linkedWorkOf(MapBoard board, long cardId) {
        List<IssueLink> cardLinks = links.ofCard(board.map().id(), cardId);
        if (cardLinks.isEmpty()) {
            return LinkedWork.NONE;
        }
        Map<Long, CachedIssue> issues = cache.get(cardLinks.stream().map(IssueLink::issueId).distinct().toList());
        return rollUp(cardLinks.stream().map(link -> issues.get(link.issueId()))
                .map(issue -> issue == null ? StatusCategory.UNKNOWN : issue.snapshot().statusCategory()).toList());
    }

    static LinkedWork rollUp(List<StatusCategory> statuses) {
        return LinkedWork.rollUp(statuses);
    }
}

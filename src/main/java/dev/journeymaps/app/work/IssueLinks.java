package dev.journeymaps.app.work;

import dev.journeymaps.app.board.MapRepository;
import dev.journeymaps.domain.work.IssueLink;

import java.util.Collection;
import java.util.List;

/**
 * Port: which cards link to which Jira issues. Writes happen inside {@link MapRepository#change}, so they
 * share its transaction and version claim.
 */
public interface IssueLinks {

    /** Every link of a map, in one query. */
    List<IssueLink> ofMap(long mapId);

    /** The links of one card, in one query on the card's rows (a one-card write never reads the map's links). */
    default List<IssueLink> ofCard(long mapId, long cardId) {
        return ofMap(mapId).stream().filter(link -> link.cardId() == cardId).toList();
    }

    /**
     * The card's link to the issue, if any: one row, whatever the card and the map link to (a link or unlink reads
     * only the row it writes).
     */
    default java.util.Optional<IssueLink> link(long mapId, long cardId, long issueId) {
        return ofCard(mapId, cardId).stream().filter(link -> link.issueId() == issueId).findFirst();
    }

    /** Every link of these maps, in a fixed number of queries per few hundred maps. */
    List<IssueLink> ofMaps(Collection<Long> mapIds);

    /** Every card, on any map, that links to the issue. */
    List<IssueLink> ofIssue(long issueId);

    /** Adds the link; false (and nothing written) when the card already links to the issue. */
    boolean add(IssueLink link);

    /** Removes the link; false when there was none. */
    boolean remove(long mapId, long cardId, long issueId);
}

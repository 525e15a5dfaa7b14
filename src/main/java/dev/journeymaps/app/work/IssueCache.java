package dev.journeymaps.app.work;

import dev.journeymaps.domain.work.CachedIssue;
import dev.journeymaps.domain.work.IssueSnapshot;

import java.util.Collection;
import java.util.Map;

/**
 * Port: the last known state of Jira issues, shared by every user and node (it lives in the database).
 * Map views read it; {@link IssueStatusRefresher} refreshes stale entries in one batched call.
 */
public interface IssueCache {

    /** The cached issues with these ids, by id, in a fixed number of queries whatever the count. */
    Map<Long, CachedIssue> get(Collection<Long> issueIds);

    /**
     * The cached issues a map links to, by id, in ONE query whatever their count (the cache joined with the map's
     * links, never an IN list of the map's own issue ids).
     */
    Map<Long, CachedIssue> ofMap(long mapId);

    /**
     * Stores fresh snapshots (inserting or replacing), keeping the first date an issue was seen Done.
     * Returns what the cache now holds for them, by id.
     */
    Map<Long, CachedIssue> put(Collection<IssueSnapshot> fresh);

    /**
     * A number that moves whenever this process writes the cache: read before a read of the rows, an unchanged number
     * afterwards means no {@link #put} of this process committed in between (it moves before a write starts and again
     * after it returned). {@code -1}: not known, so nothing read from the cache may be reused.
     */
    default long writes() {
        return -1;
    }
}

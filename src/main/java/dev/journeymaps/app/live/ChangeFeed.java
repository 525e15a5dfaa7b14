package dev.journeymaps.app.live;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Port: the maps' changes as the database has them (revision and audit rows, written in each change's transaction),
 * so any node can tell any client what changed: nothing here is one node's memory.
 */
public interface ChangeFeed {

    /** The current version of each of these maps that still exists (one query per few hundred maps). */
    Map<Long, Long> versions(Collection<Long> mapIds);

    /** The map's changes after {@code version}, oldest first, at most {@code limit} of them. */
    List<MapChange> since(long mapId, long version, int limit);
}

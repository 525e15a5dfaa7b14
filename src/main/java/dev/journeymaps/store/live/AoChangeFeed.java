package dev.journeymaps.store.live;

import dev.journeymaps.app.live.ChangeFeed;
import dev.journeymaps.app.live.MapChange;
import dev.journeymaps.store.AoSession;
import dev.journeymaps.store.Columns;
import dev.journeymaps.store.InClause;
import dev.journeymaps.store.board.MapEntity;
import dev.journeymaps.store.board.MapRevisionEntity;
import dev.journeymaps.store.history.AuditEntryEntity;
import net.java.ao.Query;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The maps' changes from their rows in Active Objects: versions from the map rows, changes from the revision rows
 * (one per accepted change, written in its transaction, with what it touched) and their audit lines, so every node
 * reads the same.
 */
public final class AoChangeFeed implements ChangeFeed {
    private static final String AFTER = "MAP_ID = ? AND VERSION > ?";

    private final AoSession ao;

    public AoChangeFeed(AoSession ao) {
        this.ao = ao;
    }

    @Override
    public Map<Long, Long> versions(Collection<Long> mapIds) {
        Map<Long, Long> versions = new HashMap<>();
        for (List<Long> chunk : InClause.chunks(mapIds)) {
            for (MapEntity map : ao.find(MapEntity.class, Query.select("ID, VERSION").where(InClause.of("ID", chunk), chunk.toArray()))) {
                versions.put((long) map.getID(), map.getVersion());
            }
        }
        return versions;
    }

    @Override
    public List<MapChange> since(long mapId, long version, int limit) {
        MapRevisionEntity[] revisions = ao.find(MapRevisionEntity.class, Query.select("ID, VERSION, AUTHOR_KEY, CREATED_AT, TOUCHED")
                .where(AFTER, mapId, version).order("VERSION").limit(limit));
        if (revisions.length == 0) {
            return List.of();
        }
        long last = revisions[revisions.length - 1].getVersion();
        Map<Long, AuditEntryEntity> lines = new HashMap<>();
        for (AuditEntryEntity line : ao.find(AuditEntryEntity.class, Query.select("ID, VERSION, ACTION_KEY, SUBJECT, SUMMARY")
                .where(AFTER + " AND VERSION <= ?", mapId, version, last))) {
            lines.putIfAbsent(line.getVersion(), line);
        }
        return java.util.Arrays.stream(revisions).map(revision -> {
            AuditEntryEntity line = lines.get(revision.getVersion());
            return new MapChange(revision.getVersion(), revision.getAuthorKey(), Columns.instant(revision.getCreatedAt()),
                    line == null ? null : line.getActionKey(), line == null ? null : line.getSubject(),
                    line == null ? null : line.getSummary(), MapChange.touchedOf(revision.getTouched()));
        }).toList();
    }
}

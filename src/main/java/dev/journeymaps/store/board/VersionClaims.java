package dev.journeymaps.store.board;

import dev.journeymaps.app.ConflictException;
import dev.journeymaps.store.AoSession;
import dev.journeymaps.store.Columns;
import dev.journeymaps.store.SqlFailures;

import java.time.Instant;
import java.util.Optional;
import java.util.function.LongFunction;

import static dev.journeymaps.store.Columns.values;

/**
 * The version check of every change: a change claims the next version by inserting a uniquely keyed
 * {@link MapRevisionEntity} row, so the database decides which of two concurrent writers wins.
 */
final class VersionClaims {
    private final AoSession ao;
    private final LongFunction<Optional<MapEntity>> mapRow;

    VersionClaims(AoSession ao, LongFunction<Optional<MapEntity>> mapRow) {
        this.ao = ao;
        this.mapRow = mapRow;
    }

    /**
     * Checks the map is at {@code expectedVersion} and claims the next one. The re-check after the claim
     * catches a map deleted by a writer that committed while this one waited on the unique key.
     */
    MapEntity claim(long mapId, long expectedVersion, String actorKey, Instant now) {
        MapEntity row = requireAt(mapId, expectedVersion);
        claimVersion(mapId, expectedVersion + 1, actorKey, now);
        requireAt(mapId, expectedVersion);
        return row;
    }

    private MapEntity requireAt(long mapId, long expectedVersion) {
        MapEntity row = mapRow.apply(mapId).orElseThrow(() -> AoMapRepository.notFound(mapId));
        if (row.getVersion() != expectedVersion) {
            throw new ConflictException(mapId, expectedVersion, row.getVersion());
        }
        return row;
    }

    void claimVersion(long mapId, long version, String actorKey, Instant now) {
        try {
            ao.create(MapRevisionEntity.class, values(MapRevisionEntity.REVISION_KEY, mapId + ":" + version,
                    MapRevisionEntity.MAP_ID, mapId, MapRevisionEntity.VERSION, version,
                    MapRevisionEntity.AUTHOR_KEY, Columns.orNull(actorKey), MapRevisionEntity.CREATED_AT, Columns.date(now)));
        } catch (RuntimeException e) {
            if (SqlFailures.isConflict(e)) {
                throw new VersionTaken(e);
            }
            throw e;
        }
    }

    /**
     * A claim that lost to another writer, or a serialization failure at commit (AO's EntityManager runs
     * SERIALIZABLE transactions), becomes a conflict; anything else is rethrown as it is.
     */
    RuntimeException lostRace(RuntimeException failure, long mapId, long expectedVersion) {
        return failure instanceof VersionTaken || SqlFailures.isConflict(failure) ? conflict(mapId, expectedVersion) : failure;
    }

    /** Read after the failed transaction rolled back, so the message quotes the winner's version. */
    private ConflictException conflict(long mapId, long expectedVersion) {
        long current = mapRow.apply(mapId).map(MapEntity::getVersion).orElseThrow(() -> AoMapRepository.notFound(mapId));
        return new ConflictException(mapId, expectedVersion, current);
    }

    /** Another writer claimed the version first; thrown inside the transaction so it rolls back. */
    private static final class VersionTaken extends RuntimeException {
        VersionTaken(Throwable cause) {
            super(cause);
        }
    }
}

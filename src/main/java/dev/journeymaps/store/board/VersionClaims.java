package dev.journeymaps.store.board;

import dev.journeymaps.app.ConflictException;
import dev.journeymaps.app.board.Footprint;
import dev.journeymaps.store.AoSession;
import dev.journeymaps.store.Columns;
import dev.journeymaps.store.SqlFailures;
import net.java.ao.Query;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

import static dev.journeymaps.store.Columns.values;

/**
 * The version check of every change: a change claims the map's next free version by inserting a uniquely keyed
 * {@link MapRevisionEntity} row, so the database decides the order of concurrent writers; then, in the same
 * transaction, the revisions after the version the write quoted are checked against what it reads ({@link Footprint}).
 */
final class VersionClaims {
    private final AoSession ao;
    private final LongFunction<Optional<MapEntity>> mapRow;

    VersionClaims(AoSession ao, LongFunction<Optional<MapEntity>> mapRow) {
        this.ao = ao;
        this.mapRow = mapRow;
    }

    /** The claimed version, the map row to save it on, and the revision row (to add the ids of cards the change made). */
    record Claim(MapEntity row, long version, MapRevisionEntity revision, Set<String> writes) {
        /** Records the cards the change inserted as touched too: a write quoting a version before they existed conflicts. */
        void alsoTouched(List<Long> insertedCards) {
            if (insertedCards.isEmpty() || writes.contains(Footprint.WHOLE_MAP)) {
                return;
            }
            Set<String> all = new java.util.HashSet<>(writes);
            insertedCards.forEach(id -> all.add("c" + id));
            revision.setTouched(touchedColumn(all));
            revision.save();
        }
    }

    /**
     * Claims the version after the map's current one for a write quoting {@code quoted}: a conflict if the write is
     * strict and the map moved, or if a revision after {@code quoted} changed what the write reads. Of two writers
     * claiming the same version one insert fails ({@link #lostRace}: retry). The re-check after the claim catches a map
     * deleted by a writer that committed while this one waited on the unique key.
     */
    Claim claim(long mapId, long quoted, Footprint footprint, String actorKey, Instant now) {
        MapEntity row = mapRow.apply(mapId).orElseThrow(() -> AoMapRepository.notFound(mapId));
        long current = row.getVersion();
        if (quoted > current) {
            throw new ConflictException(mapId, quoted, current);
        }
        if (quoted < current) {
            requireUntouched(mapId, quoted, current, footprint);
        }
        MapRevisionEntity revision = claimVersion(mapId, current + 1, actorKey, now, footprint.writes());
        if (mapRow.apply(mapId).orElseThrow(() -> AoMapRepository.notFound(mapId)).getVersion() != current) {
            throw new VersionTaken(null);
        }
        return new Claim(row, current + 1, revision, footprint.writes());
    }

    private void requireUntouched(long mapId, long quoted, long current, Footprint footprint) {
        ConflictException.Change change = changedSince(mapId, quoted, footprint).orElse(null);
        if (change != null) {
            throw new ConflictException(mapId, quoted, current, change);
        }
        if (footprint.strict()) {
            throw new ConflictException(mapId, quoted, current);
        }
    }

    /** One query: the revisions after {@code quoted}, oldest first; the first that touched what the write reads. */
    Optional<ConflictException.Change> changedSince(long mapId, long quoted, Footprint footprint) {
        MapRevisionEntity[] since = ao.find(MapRevisionEntity.class, Query.select()
                .where(MapRevisionEntity.MAP_ID + " = ? AND " + MapRevisionEntity.VERSION + " > ?", mapId, quoted)
                .order(MapRevisionEntity.VERSION));
        for (MapRevisionEntity revision : since) {
            Optional<String> overlap = footprint.overlap(touched(revision.getTouched()));
            if (overlap.isPresent()) {
                return Optional.of(new ConflictException.Change(revision.getVersion(), revision.getAuthorKey(), overlap.get()));
            }
        }
        return Optional.empty();
    }

    void claimVersion(long mapId, long version, String actorKey, Instant now) {
        claimVersion(mapId, version, actorKey, now, Set.of(Footprint.WHOLE_MAP));
    }

    private MapRevisionEntity claimVersion(long mapId, long version, String actorKey, Instant now, Set<String> touched) {
        try {
            return ao.create(MapRevisionEntity.class, values(MapRevisionEntity.REVISION_KEY, mapId + ":" + version,
                    MapRevisionEntity.MAP_ID, mapId, MapRevisionEntity.VERSION, version,
                    MapRevisionEntity.AUTHOR_KEY, Columns.orNull(actorKey), MapRevisionEntity.CREATED_AT, Columns.date(now),
                    MapRevisionEntity.TOUCHED, touchedColumn(touched)));
        } catch (RuntimeException e) {
            if (SqlFailures.isConflict(e)) {
                throw new VersionTaken(e);
            }
            throw e;
        }
    }

    /** The tokens sorted and space-separated; "*" when they do not fit the column (a revision that changed a lot). */
    static String touchedColumn(Set<String> tokens) {
        if (tokens.contains(Footprint.WHOLE_MAP)) {
            return Footprint.WHOLE_MAP;
        }
        String joined = String.join(" ", tokens.stream().sorted().toList());
        return joined.length() > MapRevisionEntity.TOUCHED_LENGTH ? Footprint.WHOLE_MAP : joined;
    }

    /** Null (a row from before the column): the whole map. */
    static List<String> touched(String column) {
        return column == null ? null : Arrays.stream(column.split(" ")).filter(t -> !t.isEmpty()).toList();
    }

    /**
     * Whether a failed attempt lost only a race (its claim was taken, or the database refused it as a serialization
     * failure or deadlock): such a write is tried again as a new transaction, which claims the next free version.
     */
    static boolean lostRace(RuntimeException failure) {
        return failure instanceof VersionTaken || SqlFailures.isConflict(failure);
    }

    /** A race lost more times than a write is retried: a conflict quoting the map's version now. */
    ConflictException conflict(long mapId, long expectedVersion) {
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

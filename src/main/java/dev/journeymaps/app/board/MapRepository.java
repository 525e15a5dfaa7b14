package dev.journeymaps.app.board;

import dev.journeymaps.app.ConflictException;
import dev.journeymaps.app.NotFoundException;
import dev.journeymaps.domain.board.JourneyMap;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.MapDetails;
import dev.journeymaps.domain.board.MapSummary;
import dev.journeymaps.domain.board.MapTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: where maps live. Implementations map storage rows to domain records; nothing else leaks out. */
public interface MapRepository {

    /** The keys of the projects that have journey maps, sorted, in one query (the dashboard item's list). */
    List<String> projectKeys();

    /** The maps of a project with their counts, newest first, in a fixed number of queries. */
    List<MapSummary> listMaps(String projectKey);

    /** A whole map in a fixed number of queries, whatever its size. */
    Optional<MapBoard> loadBoard(long mapId);

    /** Only what a one-card write needs ({@link BoardPart}), in a fixed number of queries whatever the map's size. */
    Optional<MapBoard> loadPart(long mapId, BoardPart part);

    /** The number of cards on the map, in one query. */
    int cardCount(long mapId);

    Optional<JourneyMap> findMap(long mapId);

    /** Creates a map at version 1 with the template's stages and lanes, in one transaction. */
    JourneyMap createMap(String projectKey, MapDetails details, MapTemplate template, String actorKey, Instant now);

    /**
     * Runs {@code change} in one transaction if the map is still at {@code expectedVersion}, and moves
     * it to the next version: the strict check ({@link Footprint#wholeMap()}), for writes that depend on the whole map.
     *
     * @throws NotFoundException if the map does not exist
     * @throws ConflictException if the map is at another version
     */
    default <T> T change(long mapId, long expectedVersion, String actorKey, Instant now, MapChange<T> change) {
        return change(mapId, expectedVersion, Footprint.wholeMap(), actorKey, now, change);
    }

    /**
     * Runs {@code change} in one transaction as the map's next free version, if no revision after {@code expectedVersion}
     * changed what the write reads ({@link Footprint}); the revision records what the write changes. The database decides
     * (a uniquely keyed revision row per version, the check in the same transaction), so it holds across a cluster; a
     * write that lost only a race on its claim is retried. {@link MapWriter#version()} is the version it commits.
     *
     * @throws NotFoundException if the map does not exist
     * @throws ConflictException if a revision since {@code expectedVersion} changed what the write reads, naming it
     */
    <T> T change(long mapId, long expectedVersion, Footprint footprint, String actorKey, Instant now, MapChange<T> change);

    /**
     * The first revision after {@code version} that changed {@code token} (a {@link Footprint} token, or touched the
     * whole map), in one query: says who removed a card a write names, so the write's 409 can say so.
     */
    Optional<ConflictException.Change> changedSince(long mapId, long version, String token);

    /**
     * Creates a new map at version 1 holding a copy of {@code source}'s stages, lanes, cards and evidence,
     * with {@code details} as its header and {@code source} as its origin, in one transaction.
     */
    default JourneyMap copyMap(MapBoard source, MapDetails details, String actorKey, Instant now) {
        return copyMap(source, details, source.map().id(), actorKey, now);
    }

    /** Copies the map's stages, lanes, cards and evidence into a new map; {@code originMapId} null for a plain duplicate. */
    JourneyMap copyMap(MapBoard source, MapDetails details, Long originMapId, String actorKey, Instant now);

    /** The maps created from {@code mapId} (its future-state maps), oldest first. */
    List<JourneyMap> derivedFrom(long mapId);

    /** The maps that use a persona, in one query. */
    List<JourneyMap> usingPersona(long personaId);

    /** Deletes the map and everything in it, if it is still at {@code expectedVersion}. */
    void deleteMap(long mapId, long expectedVersion);

    @FunctionalInterface
    interface MapChange<T> {
        T apply(MapWriter writer);
    }
}

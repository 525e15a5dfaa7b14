package dev.journeymaps.store.board;

import dev.journeymaps.store.Cascade;
import net.java.ao.RawEntity;
import dev.journeymaps.store.Columns;
import dev.journeymaps.store.AoSession;
import dev.journeymaps.store.SqlFailures;
import dev.journeymaps.app.board.BoardPart;
import dev.journeymaps.app.board.Footprint;
import dev.journeymaps.app.board.MapRepository;
import dev.journeymaps.app.NotFoundException;
import dev.journeymaps.domain.board.JourneyMap;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.MapDetails;
import dev.journeymaps.domain.board.MapSummary;
import dev.journeymaps.domain.board.MapTemplate;
import net.java.ao.Query;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static dev.journeymaps.store.Columns.values;

/**
 * Maps in Active Objects, on either host. A whole map loads in five queries (one per table); a change
 * claims the next free version by inserting a uniquely keyed {@link MapRevisionEntity} row, so the database
 * orders concurrent writers, and conflicts only with revisions since its quoted version that touched what it reads.
 */
public final class AoMapRepository implements MapRepository {
    private static final String BY_ID = "ID = ?";
    private static final String BY_MAP = "MAP_ID = ?";
    /** How often a write that only lost the race for the next version is tried again before it answers 409. */
    static final int ATTEMPTS = 40;

    private final AoSession ao;
    private final MapSummaries summaries;
    private final BoardParts parts;
    private final VersionClaims claims;

    public AoMapRepository(AoSession ao) {
        this.ao = ao;
        this.summaries = new MapSummaries(ao);
        this.parts = new BoardParts(ao);
        this.claims = new VersionClaims(ao, this::mapRow);
    }

    @Override
    public List<String> projectKeys() {
        return ao.inTransaction(() -> Arrays.stream(ao.find(MapEntity.class, Query.select("ID, PROJECT_KEY")))
                .map(MapEntity::getProjectKey).distinct().sorted().toList());
    }

    @Override
    public List<MapSummary> listMaps(String projectKey) {
        return ao.inTransaction(() -> summaries.of(projectKey));
    }

    @Override
    public Optional<MapBoard> loadBoard(long mapId) {
        return ao.inTransaction(() -> mapRow(mapId).map(row -> new MapBoard(Rows.map(row),
                Arrays.stream(ao.find(StageEntity.class, Query.select().where(BY_MAP, mapId))).map(Rows::stage).toList(),
                Arrays.stream(ao.find(LaneEntity.class, Query.select().where(BY_MAP, mapId))).map(Rows::lane).toList(),
                dev.journeymaps.domain.board.Card.ranked(Arrays.stream(ao.find(CardEntity.class, Query.select().where(BY_MAP, mapId))).map(Rows::card).toList()),
                Arrays.stream(ao.find(EvidenceEntity.class, Query.select().where(BY_MAP, mapId))).map(Rows::evidence).toList())));
    }

    @Override
    public Optional<MapBoard> loadPart(long mapId, BoardPart part) {
        return ao.inTransaction(() -> mapRow(mapId).map(row -> parts.load(row, part)));
    }

    @Override
    public int cardCount(long mapId) {
        return parts.cardCount(mapId);
    }

    @Override
    public Optional<JourneyMap> findMap(long mapId) {
        return mapRow(mapId).map(Rows::map);
    }

    @Override
    public JourneyMap createMap(String projectKey, MapDetails details, MapTemplate template, String actorKey, Instant now) {
        return ao.inTransaction(() -> {
            MapEntity row = insertMap(projectKey, details, null, actorKey, now);
            AoMapWriter writer = new AoMapWriter(ao, row, now);
            for (int i = 0; i < template.stages().size(); i++) {
                writer.insertStage(template.stages().get(i), i);
            }
            for (int i = 0; i < template.lanes().size(); i++) {
                writer.insertLane(template.lanes().get(i).kind(), template.lanes().get(i).title(), i);
            }
            return created(row, projectKey, details, null, now);
        });
    }

    @Override
    public JourneyMap copyMap(MapBoard source, MapDetails details, Long originMapId, String actorKey, Instant now) {
        return ao.inTransaction(() -> {
            MapEntity row = insertMap(source.map().projectKey(), details, originMapId, actorKey, now);
            MapCopy.into(new AoMapWriter(ao, row, now), source);
            return created(row, source.map().projectKey(), details, originMapId, now);
        });
    }

    @Override
    public List<JourneyMap> derivedFrom(long mapId) {
        return Arrays.stream(ao.find(MapEntity.class, Query.select().where(MapEntity.ORIGIN_MAP_ID + " = ?", mapId).order("ID")))
                .map(Rows::map).toList();
    }

    @Override
    public List<JourneyMap> usingPersona(long personaId) {
        return Arrays.stream(ao.find(MapEntity.class, Query.select().where(MapEntity.PERSONA_ID + " = ?", personaId).order("ID")))
                .map(Rows::map).toList();
    }

    private static JourneyMap created(MapEntity row, String projectKey, MapDetails details, Long originMapId, Instant now) {
        return new JourneyMap(row.getID(), projectKey, details.title(), details.type(), details.scope(),
                details.ownerKey(), now, now, 1, details.personaId(), originMapId);
    }

    /** Inserts a map header at version 1 and claims that version. */
    private MapEntity insertMap(String projectKey, MapDetails details, Long originMapId, String actorKey, Instant now) {
        MapEntity row = ao.create(MapEntity.class, values(
                    MapEntity.PROJECT_KEY, projectKey, MapEntity.TITLE, details.title(), MapEntity.TYPE, details.type().name(),
                    MapEntity.PERSONA, Columns.orNull(details.scope().persona()), MapEntity.JOURNEY, Columns.orNull(details.scope().journey()),
                    MapEntity.GOAL, Columns.orNull(details.scope().goal()), MapEntity.PURPOSE, Columns.orNull(details.scope().purpose()),
                    MapEntity.OWNER_KEY, Columns.orNull(details.ownerKey()), MapEntity.CREATED_AT, Columns.date(now),
                    MapEntity.UPDATED_AT, Columns.date(now), MapEntity.VERSION, 1L,
                    MapEntity.PERSONA_ID, details.personaId(), MapEntity.ORIGIN_MAP_ID, originMapId));
        claims.claimVersion(row.getID(), 1, actorKey, now);
        return row;
    }

    /**
     * Tries the change as a new transaction until it commits, finds a real conflict, or has lost the race for the next
     * version {@link #ATTEMPTS} times. Each lost race means another write committed, so n writers racing on one map
     * need at most n attempts; a short random pause spreads the retries out.
     */
    @Override
    public <T> T change(long mapId, long expectedVersion, Footprint footprint, String actorKey, Instant now, MapChange<T> change) {
        for (int attempt = 1; ; attempt++) {
            try {
                return ao.inTransaction(() -> {
                    VersionClaims.Claim claim = claims.claim(mapId, expectedVersion, footprint, actorKey, now);
                    AoMapWriter writer = new AoMapWriter(ao, claim.row(), claim.version(), now);
                    T result = change.apply(writer);
                    claim.alsoTouched(writer.insertedCards());
                    claim.row().setVersion(claim.version());
                    claim.row().setUpdatedAt(Columns.date(now));
                    claim.row().save();
                    return result;
                });
            } catch (RuntimeException e) {
                if (!VersionClaims.lostRace(e)) {
                    throw e;
                }
                if (attempt >= ATTEMPTS) {
                    throw claims.conflict(mapId, expectedVersion);
                }
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(1, 1 + Math.min(50, 5L * attempt)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public Optional<dev.journeymaps.app.ConflictException.Change> changedSince(long mapId, long version, String token) {
        return ao.inTransaction(() -> claims.changedSince(mapId, version, new Footprint(java.util.Set.of(token), java.util.Set.of())));
    }

    @Override
    public void deleteMap(long mapId, long expectedVersion) {
        try {
            ao.inTransaction(() -> {
                claims.claim(mapId, expectedVersion, Footprint.wholeMap(), null, Instant.now());
                for (Class<? extends RawEntity<Integer>> rows : Cascade.MAP_ROWS) {
                    ao.deleteWithSQL(rows, BY_MAP, mapId);
                }
                ao.deleteWithSQL(MapEntity.class, BY_ID, Columns.id(mapId));
                return null;
            });
        } catch (RuntimeException e) {
            throw VersionClaims.lostRace(e) ? claims.conflict(mapId, expectedVersion) : e;
        }
    }

    Optional<MapEntity> mapRow(long mapId) {
        MapEntity[] rows = ao.find(MapEntity.class, Query.select().where(BY_ID, Columns.id(mapId)));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    static NotFoundException notFound(long mapId) {
        return new NotFoundException("Journey map " + mapId + " does not exist.");
    }
}

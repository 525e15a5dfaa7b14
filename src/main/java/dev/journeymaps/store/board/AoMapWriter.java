package dev.journeymaps.store.board;

import dev.journeymaps.store.Cascade;
import dev.journeymaps.store.Columns;
import static dev.journeymaps.store.Columns.values;
import dev.journeymaps.store.AoSession;
import dev.journeymaps.app.board.MapWriter;
import dev.journeymaps.app.NotFoundException;
import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.Evidence;
import dev.journeymaps.domain.board.Lane;
import dev.journeymaps.domain.board.LaneKind;
import dev.journeymaps.domain.board.MapDetails;
import dev.journeymaps.domain.board.Stage;
import net.java.ao.Query;
import net.java.ao.RawEntity;

import java.util.Arrays;
import java.util.List;

/**
 * The writes of one versioned change, inside the repository's transaction. Every update and delete is
 * scoped by {@code MAP_ID} so a change can never touch another map's rows.
 */
public final class AoMapWriter implements MapWriter {
    private static final String OWN_ROW = "ID = ? AND MAP_ID = ?";

    private final AoSession ao;
    private final MapEntity map;
    private final long mapId;
    private final long version;
    private final java.time.Instant now;
    private final List<Long> insertedCards = new java.util.ArrayList<>();

    AoMapWriter(AoSession ao, MapEntity map, java.time.Instant now) {
        this(ao, map, map.getVersion(), now);
    }

    AoMapWriter(AoSession ao, MapEntity map, long version, java.time.Instant now) {
        this.ao = ao;
        this.map = map;
        this.mapId = map.getID();
        this.version = version;
        this.now = now;
    }

    @Override
    public long version() {
        return version;
    }

    /** Sets the header fields; the repository saves them together with the new version. */
    @Override
    public void updateMap(MapDetails details) {
        map.setTitle(details.title());
        map.setType(details.type().name());
        map.setPersona(Columns.orNull(details.scope().persona()));
        map.setJourney(Columns.orNull(details.scope().journey()));
        map.setGoal(Columns.orNull(details.scope().goal()));
        map.setPurpose(Columns.orNull(details.scope().purpose()));
        map.setOwnerKey(Columns.orNull(details.ownerKey()));
        map.setPersonaId(details.personaId());
    }

    /** Saved with the new version, like the header fields; false is stored as null, as rows from before the column. */
    @Override
    public void setArchived(boolean archived) {
        map.setArchived(archived ? Boolean.TRUE : null);
    }

    @Override
    public long insertStage(String name, int position) {
        return ao.create(StageEntity.class, values(StageEntity.MAP_ID, mapId, StageEntity.NAME, name,
                StageEntity.POSITION, position)).getID();
    }

    @Override
    public void updateStage(Stage stage) {
        StageEntity row = own(StageEntity.class, stage.id(), "Stage");
        row.setName(stage.name());
        row.setPosition(stage.position());
        row.save();
    }

    @Override
    public void deleteStage(long stageId) {
        own(StageEntity.class, stageId, "Stage");
        CardDependents.deleteOnCards(ao, mapId, CardEntity.STAGE_ID, stageId);
        ao.deleteWithSQL(CardEntity.class, CardEntity.STAGE_ID + " = ? AND " + CardEntity.MAP_ID + " = ?", stageId, mapId);
        ao.deleteWithSQL(StageEntity.class, OWN_ROW, Columns.id(stageId), mapId);
    }

    @Override
    public long insertLane(LaneKind kind, String title, int position) {
        return ao.create(LaneEntity.class, values(LaneEntity.MAP_ID, mapId, LaneEntity.KIND, kind.name(),
                LaneEntity.TITLE, title, LaneEntity.POSITION, position)).getID();
    }

    @Override
    public void updateLane(Lane lane) {
        LaneEntity row = own(LaneEntity.class, lane.id(), "Lane");
        row.setKind(lane.kind().name());
        row.setTitle(lane.title());
        row.setPosition(lane.position());
        row.setHidden(lane.hidden() ? Boolean.TRUE : null);
        row.save();
    }

    @Override
    public void deleteLane(long laneId) {
        own(LaneEntity.class, laneId, "Lane");
        CardDependents.deleteOnCards(ao, mapId, CardEntity.LANE_ID, laneId);
        ao.deleteWithSQL(CardEntity.class, CardEntity.LANE_ID + " = ? AND " + CardEntity.MAP_ID + " = ?", laneId, mapId);
        ao.deleteWithSQL(LaneEntity.class, OWN_ROW, Columns.id(laneId), mapId);
    }

    @Override
    public long insertCard(long laneId, long stageId, int key, Card.Content content) {
        long id = ao.create(CardEntity.class, values(CardEntity.MAP_ID, mapId, CardEntity.LANE_ID, laneId,
                CardEntity.STAGE_ID, stageId, CardEntity.POSITION, key,
                CardEntity.TEXT, content.text(), CardEntity.DETAILS, Columns.orNull(content.details()),
                CardEntity.EMOTION, content.emotion(), CardEntity.CHANNEL, Columns.name(content.channel()))).getID();
        insertedCards.add(id);
        return id;
    }

    /** The cards this change inserted, in order. */
    List<Long> insertedCards() {
        return List.copyOf(insertedCards);
    }

    @Override
    public void updateCard(Card card) {
        CardEntity row = own(CardEntity.class, card.id(), "Card");
        Rows.write(row, card);
        row.save();
    }

    @Override
    public void updateCard(Card card, int key) {
        CardEntity row = own(CardEntity.class, card.id(), "Card");
        Rows.write(row, card);
        row.setPosition(key);
        row.save();
    }

    /** Ids and sort keys only: reading a cell's order costs two columns per card, never whole rows. */
    @Override
    public List<Slot> cellOrder(long laneId, long stageId) {
        return Arrays.stream(ao.find(CardEntity.class, Query.select("ID, " + CardEntity.POSITION).where(CardEntity.MAP_ID
                        + " = ? AND " + CardEntity.LANE_ID + " = ? AND " + CardEntity.STAGE_ID + " = ?", mapId, laneId, stageId)
                .order(CardEntity.POSITION + ", ID"))).map(row -> new Slot(row.getID(), row.getPosition())).toList();
    }

    @Override
    public void placeCard(long cardId, long laneId, long stageId, int key) {
        CardEntity row = own(CardEntity.class, cardId, "Card");
        row.setLaneId(laneId);
        row.setStageId(stageId);
        row.setPosition(key);
        row.save();
    }

    @Override
    public void deleteCard(long cardId) {
        for (Class<? extends RawEntity<Integer>> dependent : Cascade.CARD_DEPENDENTS) {
            ao.deleteWithSQL(dependent, "CARD_ID = ? AND MAP_ID = ?", cardId, mapId);
        }
        if (ao.deleteWithSQL(CardEntity.class, OWN_ROW, Columns.id(cardId), mapId) == 0) {
            throw notFound("Card", cardId);
        }
    }

    @Override
    public long insertEvidence(long cardId, Evidence.Content content) {
        own(CardEntity.class, cardId, "Card");
        return ao.create(EvidenceEntity.class, values(EvidenceEntity.MAP_ID, mapId, EvidenceEntity.CARD_ID, cardId,
                EvidenceEntity.TYPE, content.type().name(), EvidenceEntity.QUANTITATIVE, content.quantitative(),
                EvidenceEntity.CUSTOMERS_AFFECTED, content.customersAffected(),
                EvidenceEntity.SOURCE_URL, Columns.orNull(content.sourceUrl()), EvidenceEntity.QUOTE, Columns.orNull(content.quote()),
                EvidenceEntity.EVIDENCE_DATE, Columns.date(content.date()), EvidenceEntity.ASSUMPTION, content.assumption(),
                EvidenceEntity.CREATED_AT, java.util.Date.from(now))).getID();
    }

    @Override
    public void updateEvidence(Evidence evidence) {
        EvidenceEntity row = own(EvidenceEntity.class, evidence.id(), "Evidence");
        Evidence.Content content = evidence.content();
        row.setType(content.type().name());
        row.setQuantitative(content.quantitative());
        row.setCustomersAffected(content.customersAffected());
        row.setSourceUrl(Columns.orNull(content.sourceUrl()));
        row.setQuote(Columns.orNull(content.quote()));
        row.setEvidenceDate(Columns.date(content.date()));
        row.setAssumption(content.assumption());
        row.save();
    }

    @Override
    public void deleteEvidence(long evidenceId) {
        if (ao.deleteWithSQL(EvidenceEntity.class, OWN_ROW, Columns.id(evidenceId), mapId) == 0) {
            throw notFound("Evidence", evidenceId);
        }
    }

    private <T extends RawEntity<Integer>> T own(Class<T> type, long id, String what) {
        T[] rows = ao.find(type, Query.select().where(OWN_ROW, Columns.id(id), mapId));
        if (rows.length == 0) {
            throw notFound(what, id);
        }
        return rows[0];
    }

    private NotFoundException notFound(String what, long id) {
        return new NotFoundException(what + " " + id + " is not part of map " + mapId + ".");
    }
}

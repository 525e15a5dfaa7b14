package dev.journeymaps.store.stewardship;

import dev.journeymaps.store.Columns;
import dev.journeymaps.store.AoSession;
import dev.journeymaps.store.board.AoMapWriter;
import dev.journeymaps.store.board.Rows;
import dev.journeymaps.app.stewardship.TriageRepository;
import dev.journeymaps.domain.stewardship.CardTriage;
import dev.journeymaps.domain.stewardship.ScoringMethod;
import net.java.ao.Query;

import java.util.HashMap;
import java.util.Map;

import static dev.journeymaps.store.Columns.values;

/** Card triage and map scoring methods in Active Objects: one query per map for each. */
public final class AoTriageRepository implements TriageRepository {
    private static final String BY_MAP = "MAP_ID = ?";

    private final AoSession ao;

    public AoTriageRepository(AoSession ao) {
        this.ao = ao;
    }

    @Override
    public Map<Long, CardTriage> triage(long mapId) {
        return ao.inTransaction(() -> {
            Map<Long, CardTriage> triage = new HashMap<>();
            for (CardTriageEntity row : ao.find(CardTriageEntity.class, Query.select().where(BY_MAP, mapId))) {
                triage.put(row.getCardId(), triage(row));
            }
            return triage;
        });
    }

    @Override
    public java.util.Optional<CardTriage> triageOf(long mapId, long cardId) {
        return ao.inTransaction(() -> java.util.Arrays.stream(ao.find(CardTriageEntity.class,
                Query.select().where(CardTriageEntity.CARD_ID + " = ? AND " + BY_MAP, cardId, mapId))).findFirst().map(AoTriageRepository::triage));
    }

    @Override
    public ScoringMethod scoringMethod(long mapId) {
        MapScoringEntity[] rows = ao.find(MapScoringEntity.class, Query.select().where(BY_MAP, mapId));
        ScoringMethod method = rows.length == 0 ? null : ScoringMethod.fromKey(rows[0].getMethod());
        return method == null ? ScoringMethod.IMPACT_FEASIBILITY : method;
    }

    @Override
    public void saveTriage(long mapId, CardTriage triage) {
        CardTriage.Scores s = triage.scores();
        CardTriageEntity[] rows = ao.find(CardTriageEntity.class,
                Query.select().where(CardTriageEntity.CARD_ID + " = ? AND " + BY_MAP, triage.cardId(), mapId));
        if (rows.length == 0) {
            ao.create(CardTriageEntity.class, values(CardTriageEntity.CARD_ID, triage.cardId(), CardTriageEntity.MAP_ID, mapId,
                    CardTriageEntity.OWNER_KEY, Columns.orNull(triage.ownerKey()), CardTriageEntity.IMPACT, s.impact(),
                    CardTriageEntity.FEASIBILITY, s.feasibility(), CardTriageEntity.REACH, s.reach(),
                    CardTriageEntity.RICE_IMPACT, s.riceImpact(), CardTriageEntity.EFFORT, s.effort()));
            return;
        }
        CardTriageEntity row = rows[0];
        row.setOwnerKey(Columns.orNull(triage.ownerKey()));
        row.setImpact(s.impact());
        row.setFeasibility(s.feasibility());
        row.setReach(s.reach());
        row.setRiceImpact(s.riceImpact());
        row.setEffort(s.effort());
        row.save();
    }

    private static CardTriage triage(CardTriageEntity row) {
        return new CardTriage(row.getCardId(), row.getOwnerKey(), new CardTriage.Scores(
                row.getImpact(), row.getFeasibility(), row.getReach(), row.getRiceImpact(), row.getEffort()));
    }

    @Override
    public void saveScoringMethod(long mapId, ScoringMethod method) {
        MapScoringEntity[] rows = ao.find(MapScoringEntity.class, Query.select().where(BY_MAP, mapId));
        if (rows.length == 0) {
            ao.create(MapScoringEntity.class, values(MapScoringEntity.MAP_ID, mapId, MapScoringEntity.METHOD, method.name()));
            return;
        }
        rows[0].setMethod(method.name());
        rows[0].save();
    }
}

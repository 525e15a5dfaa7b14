package dev.journeymaps.store.history;

import dev.journeymaps.store.InClause;
import dev.journeymaps.store.Columns;
import dev.journeymaps.store.AoSession;
import dev.journeymaps.store.board.AoMapWriter;
import dev.journeymaps.store.board.MapSummaries;
import dev.journeymaps.store.board.Rows;
import dev.journeymaps.app.history.ReviewRepository;
import dev.journeymaps.domain.history.ReviewCadence;
import net.java.ao.Query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static dev.journeymaps.store.Columns.values;

/** Review cadences in Active Objects; many maps' cadences in one query per {@value InClause#CHUNK} maps. */
public final class AoReviewRepository implements ReviewRepository {
    private static final String BY_MAP = "MAP_ID = ?";

    private final AoSession ao;

    public AoReviewRepository(AoSession ao) {
        this.ao = ao;
    }

    @Override
    public Optional<ReviewCadence> cadence(long mapId) {
        MapReviewEntity[] rows = ao.find(MapReviewEntity.class, Query.select().where(BY_MAP, mapId));
        return rows.length == 0 ? Optional.empty() : Optional.of(cadence(rows[0]));
    }

    @Override
    public Map<Long, ReviewCadence> cadences(Collection<Long> mapIds) {
        List<Long> ids = new ArrayList<>(mapIds);
        Map<Long, ReviewCadence> cadences = new HashMap<>();
        for (int from = 0; from < ids.size(); from += InClause.CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + InClause.CHUNK));
            String in = "MAP_ID IN (" + chunk.stream().map(id -> "?").collect(Collectors.joining(", ")) + ")";
            for (MapReviewEntity row : ao.find(MapReviewEntity.class, Query.select().where(in, chunk.toArray()))) {
                cadences.put(row.getMapId(), cadence(row));
            }
        }
        return cadences;
    }

    @Override
    public void saveCadence(long mapId, ReviewCadence cadence) {
        MapReviewEntity[] rows = ao.find(MapReviewEntity.class, Query.select().where(BY_MAP, mapId));
        if (rows.length == 0) {
            ao.create(MapReviewEntity.class, values(MapReviewEntity.MAP_ID, mapId, MapReviewEntity.INTERVAL_DAYS, cadence.intervalDays(),
                    MapReviewEntity.LAST_REVIEWED_AT, cadence.lastReviewedAt() == null ? null : Columns.date(cadence.lastReviewedAt()),
                    MapReviewEntity.LAST_REVIEWED_BY, Columns.orNull(cadence.lastReviewedBy())));
            return;
        }
        MapReviewEntity row = rows[0];
        row.setIntervalDays(cadence.intervalDays());
        row.setLastReviewedAt(cadence.lastReviewedAt() == null ? null : Columns.date(cadence.lastReviewedAt()));
        row.setLastReviewedBy(Columns.orNull(cadence.lastReviewedBy()));
        row.save();
    }

    private static ReviewCadence cadence(MapReviewEntity row) {
        return new ReviewCadence(row.getIntervalDays(), Columns.instant(row.getLastReviewedAt()), row.getLastReviewedBy());
    }
}

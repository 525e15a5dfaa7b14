package dev.journeymaps.store.board;

import dev.journeymaps.store.AoSession;
import dev.journeymaps.domain.board.JourneyMap;
import dev.journeymaps.domain.board.LaneKind;
import dev.journeymaps.domain.board.MapSummary;
import net.java.ao.Query;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A project's map list with counts, from four queries per {@value #CHUNK} maps (maps, then the id columns of
 * stages, lanes and cards), never one query per map. Chunked because Oracle caps IN lists at 1000.
 */
public final class MapSummaries {
    static final int CHUNK = 500;

    private final AoSession ao;

    MapSummaries(AoSession ao) {
        this.ao = ao;
    }

    List<MapSummary> of(String projectKey) {
        MapEntity[] maps = ao.find(MapEntity.class, Query.select().where(MapEntity.PROJECT_KEY + " = ?", projectKey));
        Map<Long, Integer> stages = new HashMap<>();
        Map<Long, Integer> cards = new HashMap<>();
        Map<Long, Integer> painPoints = new HashMap<>();
        for (int from = 0; from < maps.length; from += CHUNK) {
            Object[] ids = Arrays.stream(maps, from, Math.min(maps.length, from + CHUNK)).map(m -> (long) m.getID()).toArray();
            String inMaps = "MAP_ID IN (" + Arrays.stream(ids).map(id -> "?").collect(Collectors.joining(", ")) + ")";
            for (StageEntity stage : ao.find(StageEntity.class, Query.select("ID, MAP_ID").where(inMaps, ids))) {
                stages.merge(stage.getMapId(), 1, Integer::sum);
            }
            Set<Long> painLanes = new HashSet<>();
            for (LaneEntity lane : ao.find(LaneEntity.class, Query.select("ID, MAP_ID, KIND").where(inMaps, ids))) {
                if (LaneKind.fromKey(lane.getKind()) == LaneKind.PAIN_POINTS) {
                    painLanes.add((long) lane.getID());
                }
            }
            for (CardEntity card : ao.find(CardEntity.class, Query.select("ID, MAP_ID, LANE_ID").where(inMaps, ids))) {
                cards.merge(card.getMapId(), 1, Integer::sum);
                if (painLanes.contains(card.getLaneId())) {
                    painPoints.merge(card.getMapId(), 1, Integer::sum);
                }
            }
        }
        return Arrays.stream(maps).map(Rows::map)
                .sorted(Comparator.comparing(JourneyMap::updated).thenComparingLong(JourneyMap::id).reversed())
                .map(map -> new MapSummary(map, stages.getOrDefault(map.id(), 0), cards.getOrDefault(map.id(), 0),
                        painPoints.getOrDefault(map.id(), 0)))
                .toList();
    }
}

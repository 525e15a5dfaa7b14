package dev.journeymaps.app.stewardship;

import dev.journeymaps.domain.board.JourneyMap;
import dev.journeymaps.domain.stewardship.MapPriorities;
import dev.journeymaps.domain.stewardship.ScoringMethod;

import java.util.List;
import java.util.Map;

/**
 * The priorities of one map or of every map of a project: the maps, each map's scoring method, the
 * scored cards, and the display names of their owners.
 */
public record PriorityReport(String projectKey, List<JourneyMap> maps, Map<Long, ScoringMethod> methods,
                             MapPriorities priorities, Map<String, String> ownerNames) {

    public PriorityReport {
        maps = List.copyOf(maps);
        methods = Map.copyOf(methods);
        ownerNames = Map.copyOf(ownerNames);
    }

    public String ownerName(String ownerKey) {
        return ownerNames.getOrDefault(ownerKey, ownerKey);
    }

    public ScoringMethod method(long mapId) {
        return methods.getOrDefault(mapId, ScoringMethod.IMPACT_FEASIBILITY);
    }

    /** Scores made with different methods are not comparable; views say so. */
    public boolean mixesMethods() {
        return methods.values().stream().distinct().count() > 1;
    }
}

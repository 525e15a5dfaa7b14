package dev.journeymaps.web.rest.stewardship;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.journeymaps.domain.stewardship.PriorityFilter;
import dev.journeymaps.domain.stewardship.PriorityOrder;
import dev.journeymaps.domain.ValidationException;

import java.util.ArrayList;
import java.util.List;

/** JSON bodies and query parameters of the prioritization, ownership, review and history API. */
public final class StewardshipRequests {
    private StewardshipRequests() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ScoresBody(Integer impact, Integer feasibility, Integer reach, Double riceImpact, Double effort, Long version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OwnerBody(String owner, Long version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MethodBody(String method, Long version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record IntervalBody(Integer intervalDays, Long version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LabelBody(String label, Long version) {
    }

    /** {@code ?sort=} of the action list: score (default), impact, feasibility, stage or owner. */
    public static PriorityOrder order(String sort) {
        if (sort == null || sort.isBlank()) {
            return PriorityOrder.SCORE;
        }
        PriorityOrder order = PriorityOrder.fromKey(sort);
        if (order == null) {
            throw ValidationException.field("sort", "Sort by score, impact, feasibility, stage or owner.");
        }
        return order;
    }

    /** {@code ?filter=} (repeatable): unowned, unlinked, assumption. */
    public static List<PriorityFilter> filters(List<String> keys) {
        List<PriorityFilter> filters = new ArrayList<>();
        for (String key : keys == null ? List.<String>of() : keys) {
            if (key == null || key.isBlank()) {
                continue;
            }
            PriorityFilter filter = PriorityFilter.fromKey(key);
            if (filter == null) {
                throw ValidationException.field("filter", "Filter by unowned, unlinked or assumption.");
            }
            filters.add(filter);
        }
        return filters;
    }
}

package dev.journeymaps.web.page.history;

import java.util.Map;

/** The map list's review column: each map's review status by map id. */
public record ReviewColumn(Map<Long, ReviewPanel> byMap, String dueForReviewUrl, String prioritiesUrl) {

    public ReviewPanel of(long mapId) {
        return byMap.get(mapId);
    }
}

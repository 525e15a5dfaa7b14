package dev.journeymaps.web.page.history;

import java.util.Map;

/** The map list's review column: each map's review status by map id. */
public record ReviewColumn(Map<Long, ReviewPanel> byMap, String dueForReviewUrl, String prioritiesUrl) {

    public ReviewPanel of(long mapId) {
        return byMap.get(mapId);
    }

    /** The display name of a map owner (for the owner filter), the key itself if no map of the list has that owner. */
    public String ownerName(String ownerKey) {
        return byMap.values().stream().filter(panel -> panel.ownerKey().equals(ownerKey)).map(ReviewPanel::ownerName)
                .findFirst().orElse(ownerKey);
    }
}

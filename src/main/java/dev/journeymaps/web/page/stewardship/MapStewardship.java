package dev.journeymaps.web.page.stewardship;

import dev.journeymaps.web.page.history.ReviewPanel;
import java.util.Set;

/**
 * What the map view adds about ownership and review: the owner's name, unowned pain points (highlighted
 * and counted), the review status (a stale banner) and the link to the map's priorities.
 */
public record MapStewardship(String ownerName, String prioritiesUrl, String historyUrl, long unownedCount, Set<Long> unownedCards,
                             ReviewPanel review) {

    public boolean isUnowned(long cardId) {
        return unownedCards.contains(cardId);
    }

    public boolean isStale() {
        return review.stale();
    }
}

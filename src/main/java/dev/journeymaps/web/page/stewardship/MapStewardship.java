package dev.journeymaps.web.page.stewardship;

import dev.journeymaps.web.page.history.ReviewPanel;
import java.util.Map;
import java.util.Set;

/**
 * What the map view adds about ownership and review: the owner's name, unowned pain points (highlighted
 * and counted), each of them's owner avatar and score chip ({@code badges}), the review status (a stale banner)
 * and the link to the map's priorities.
 */
public record MapStewardship(String ownerName, String prioritiesUrl, String historyUrl, long unownedCount, Set<Long> unownedCards,
                             ReviewPanel review, Map<Long, CardBadge> badges) {

    /** The card's owner and score; {@link CardBadge#NONE} (never null: Velocity keeps a variable set to null) for other cards. */
    public CardBadge badge(long cardId) {
        return badges.getOrDefault(cardId, CardBadge.NONE);
    }

    public boolean isUnowned(long cardId) {
        return unownedCards.contains(cardId);
    }

    /** Only what the cards show: the board's grid is rendered with this. */
    public CardStewardship cards() {
        return new CardStewardship(badges, unownedCards);
    }

    public boolean isStale() {
        return review.stale();
    }
}

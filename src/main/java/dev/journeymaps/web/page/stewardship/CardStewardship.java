package dev.journeymaps.web.page.stewardship;

import java.util.Map;
import java.util.Set;

/**
 * What the board's cards show of stewardship — each pain point's owner and score badge, and which are unowned — and
 * nothing else of the map's stewardship: the board's grid is rendered with this alone, so the grid cache can key on it.
 * A value (equal = draws the same).
 */
public record CardStewardship(Map<Long, CardBadge> badges, Set<Long> unownedCards) {

    /** The card's owner and score; {@link CardBadge#NONE} (never null: Velocity keeps a variable set to null) for other cards. */
    public CardBadge badge(long cardId) {
        return badges.getOrDefault(cardId, CardBadge.NONE);
    }

    public boolean isUnowned(long cardId) {
        return unownedCards.contains(cardId);
    }
}

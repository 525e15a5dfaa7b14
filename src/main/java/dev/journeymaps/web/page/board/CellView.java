package dev.journeymaps.web.page.board;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One lane × stage cell (its Add card button is described by the lane and stage headers). The page draws the first
 * {@value #SHOWN} cards of a cell and a "Show n more cards" button for the rest ({@code moreLabel}, empty when all are
 * drawn), which fetches them on demand: a 5,000-card map draws a fraction of its cards on load, and a cell of sixty
 * cards is more than a screen anyway. Exports and fragments use every card ({@link #cards()}).
 */
public record CellView(long laneId, long stageId, List<CardView> cards, String moreLabel) {
    /** Cards a cell draws before the rest wait behind its "Show more" button. */
    public static final int SHOWN = 20;

    public CellView {
        cards = List.copyOf(cards);
    }

    /** The cards the page draws: the first {@value #SHOWN}. */
    public List<CardView> shownCards() {
        return cards.size() <= SHOWN ? cards : cards.subList(0, SHOWN);
    }

    /** How many cards wait behind the "Show more" button. */
    public int moreCount() {
        return Math.max(0, cards.size() - SHOWN);
    }

    /** Their ids, space-separated (a CSS {@code ~=} selector finds a card's button), in the cell's order. */
    public String moreIds() {
        return cards.size() <= SHOWN ? "" : cards.subList(SHOWN, cards.size()).stream()
                .map(card -> Long.toString(card.id())).collect(Collectors.joining(" "));
    }
}

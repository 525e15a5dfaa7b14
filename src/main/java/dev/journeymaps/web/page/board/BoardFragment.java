package dev.journeymaps.web.page.board;

import java.util.List;

/**
 * View model of {@code map-cards.vm}, the live board's fragment: the requested cards that are on the board as the map
 * view draws them (each with its lane, stage and index in the cell), the requested ids that are not (deleted, on a
 * hidden lane, or never on this map: nothing else is told), and the page the stages' card counts and roll-up come from.
 */
public record BoardFragment(MapViewPage page, List<PlacedCard> cards, List<Long> gone) {

    /** A card of the fragment and where it stands: lane, stage, and its index among the cards of that cell. */
    public record PlacedCard(CardView card, long laneId, long stageId, int index) {
    }

    /** The cards {@code ids} picked from the page's grid, in the order asked for; the others are gone. */
    public static BoardFragment of(MapViewPage page, List<Long> ids) {
        java.util.Set<Long> wanted = java.util.Set.copyOf(ids);
        java.util.Map<Long, PlacedCard> placed = new java.util.HashMap<>();
        for (LaneRow lane : page.lanes()) {
            for (CellView cell : lane.cells()) {
                for (int i = 0; i < cell.cards().size(); i++) {
                    CardView card = cell.cards().get(i);
                    if (wanted.contains(card.id())) {
                        placed.put(card.id(), new PlacedCard(card, cell.laneId(), cell.stageId(), i));
                    }
                }
            }
        }
        return new BoardFragment(page, ids.stream().filter(placed::containsKey).map(placed::get).toList(),
                ids.stream().filter(id -> !placed.containsKey(id)).toList());
    }
}

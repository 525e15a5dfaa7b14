package dev.journeymaps.app.board;

import dev.journeymaps.domain.board.Card;

import java.util.List;

/**
 * Port: the writes to a map's cards. Part of {@link MapWriter}; used only inside {@link MapRepository#change}.
 * <p>Where a card sits in its cell is stored as a sparse sort key (a cell is ordered by key, then id): a move or an
 * insert takes a key between its new neighbours, so it writes one card row. Reads hand out ranks 0…n-1 instead
 * ({@link Card#ranked}); dense ranks are valid keys, so a board read back (copy, import, snapshot) can be inserted as is.
 */
public interface CardWriter {
    /** Inserts a card with sort key {@code key} in its cell. */
    long insertCard(long laneId, long stageId, int key, Card.Content content);

    /** Writes a card's content and cell, never its sort key (the card's position is a rank, not a key). */
    void updateCard(Card card);

    /** Writes a card's content, cell and sort key: one row. */
    void updateCard(Card card, int key);

    /** The order of a cell as it is inside this change: ids and sort keys only, by key then id. */
    List<Slot> cellOrder(long laneId, long stageId);

    /** Writes only where a card sits (lane, stage, sort key), never its content. */
    void placeCard(long cardId, long laneId, long stageId, int key);

    /** Deletes the card and its evidence (the cell's other keys stay: a gap is fine). */
    void deleteCard(long cardId);

    /** The id {@link #makeRoom} takes for a card not inserted yet (ids start at 1). */
    long NEW_CARD = 0;

    /** A card's id and sort key in its cell. */
    record Slot(long id, int key) {
    }

    /**
     * Makes room for {@code cardId} (a card of the map, or {@link #NEW_CARD} for one about to be inserted) at
     * {@code index} (clamped) of the cell's order as read inside this change, and returns the sort key to give it.
     * Normally a key between its new neighbours, and nothing else is written; only when there is none the cell's
     * other cards are renumbered with wide gaps.
     */
    default int makeRoom(long laneId, long stageId, long cardId, int index) {
        Placement.Room room = Placement.room(cellOrder(laneId, stageId), cardId, index);
        room.renumbered().forEach(slot -> placeCard(slot.id(), laneId, stageId, slot.key()));
        return room.key();
    }
}

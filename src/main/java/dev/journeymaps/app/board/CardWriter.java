package dev.journeymaps.app.board;

import dev.journeymaps.domain.board.Card;

/** Port: the writes to a map's cards. Part of {@link MapWriter}; used only inside {@link MapRepository#change}. */
public interface CardWriter {
    long insertCard(long laneId, long stageId, int position, Card.Content content);

    void updateCard(Card card);

    /** The cards of a cell as they are inside this change (ordered by position): positions are decided here. */
    java.util.List<Card> cardsIn(long laneId, long stageId);

    /** Writes only where a card sits (lane, stage, position), never its content. */
    void placeCard(long cardId, long laneId, long stageId, int position);

    /** Deletes the card and its evidence. */
    void deleteCard(long cardId);
}

package dev.journeymaps.app.board;

import dev.journeymaps.domain.board.Card;

/** Port: the writes to a map's cards. Part of {@link MapWriter}; used only inside {@link MapRepository#change}. */
public interface CardWriter {
    long insertCard(long laneId, long stageId, int position, Card.Content content);

    void updateCard(Card card);

    /** Deletes the card and its evidence. */
    void deleteCard(long cardId);
}

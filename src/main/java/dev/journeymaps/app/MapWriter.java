package dev.journeymaps.app;

import dev.journeymaps.domain.Card;
import dev.journeymaps.domain.Evidence;
import dev.journeymaps.domain.Lane;
import dev.journeymaps.domain.LaneKind;
import dev.journeymaps.domain.MapDetails;
import dev.journeymaps.domain.Stage;

/**
 * Port: the writes one versioned change to a map may make. Used only inside
 * {@link MapRepository#change}, which runs them in one transaction with the version check.
 * Inputs are already validated by the domain; implementations only persist.
 */
public interface MapWriter {
    void updateMap(MapDetails details);

    long insertStage(String name, int position);

    void updateStage(Stage stage);

    /** Deletes the stage and every card in it, with their evidence. */
    void deleteStage(long stageId);

    long insertLane(LaneKind kind, String title, int position);

    void updateLane(Lane lane);

    /** Deletes the lane and every card in it, with their evidence. */
    void deleteLane(long laneId);

    long insertCard(long laneId, long stageId, int position, Card.Content content);

    void updateCard(Card card);

    /** Deletes the card and its evidence. */
    void deleteCard(long cardId);

    long insertEvidence(long cardId, Evidence.Content content);

    void updateEvidence(Evidence evidence);

    void deleteEvidence(long evidenceId);
}

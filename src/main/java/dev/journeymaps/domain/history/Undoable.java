package dev.journeymaps.domain.history;

import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.Evidence;
import dev.journeymaps.domain.stewardship.CardTriage;

import java.time.Instant;
import java.util.List;

/**
 * A change of a map its author may take back, with what taking it back needs: a deleted card with everything
 * that went with it (its evidence, the issues it linked, its score and owner), or a moved card with the cell
 * and place it came from. {@code version} is the map version the change produced: the change can be undone
 * only while it is still the map's latest.
 */
public record Undoable(long id, long mapId, long version, String authorKey, Instant at, DeletedCard deleted, MovedCard moved) {

    /** A card as it was before it was deleted; {@code issueIds} are the issues it linked to (with their keys). */
    public record DeletedCard(Card card, List<Evidence.Content> evidence, List<LinkedIssue> issues, CardTriage triage) {
        public DeletedCard {
            evidence = List.copyOf(evidence);
            issues = List.copyOf(issues);
        }
    }

    public record LinkedIssue(long issueId, String issueKey) {
    }

    /** A card before it moved: its cell, its place in it, and its content (a move may drop an emotion or channel). */
    public record MovedCard(long cardId, long laneId, long stageId, int position, Card.Content content) {
    }

    public static Undoable deletion(long mapId, long version, String authorKey, Instant at, DeletedCard deleted) {
        return new Undoable(0, mapId, version, authorKey, at, deleted, null);
    }

    public static Undoable move(long mapId, long version, String authorKey, Instant at, MovedCard moved) {
        return new Undoable(0, mapId, version, authorKey, at, null, moved);
    }

    public boolean isDeletion() {
        return deleted != null;
    }
}

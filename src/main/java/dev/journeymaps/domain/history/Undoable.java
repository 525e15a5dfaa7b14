package dev.journeymaps.domain.history;

import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.Evidence;
import dev.journeymaps.domain.board.Lane;
import dev.journeymaps.domain.board.Stage;
import dev.journeymaps.domain.stewardship.CardTriage;

import java.time.Instant;
import java.util.List;

/**
 * A change of a map its author may take back, with what taking it back needs: a deleted card, stage or lane with
 * everything that went with it (cards, their evidence, the issues they linked, their scores and owners), a deleted
 * piece of evidence, or a moved card with the cell and place it came from. {@code version} is the map version the
 * change produced: the change can be undone only while it is still the map's latest.
 */
public record Undoable(long id, long mapId, long version, String authorKey, Instant at, Change change) {

    /** What was changed, kept whole enough to put it back. */
    public sealed interface Change permits DeletedCard, MovedCard, DeletedStage, DeletedLane, DeletedEvidence {
    }

    /**
     * A card as it was before it was deleted; {@code issues} are the issues it linked to (with their keys),
     * {@code comments} its comments, oldest first.
     */
    public record DeletedCard(Card card, List<Evidence.Content> evidence, List<LinkedIssue> issues, CardTriage triage,
                              List<KeptComment> comments) implements Change {
        public DeletedCard {
            evidence = List.copyOf(evidence);
            issues = List.copyOf(issues);
            comments = comments == null ? List.of() : List.copyOf(comments);
        }

        public DeletedCard(Card card, List<Evidence.Content> evidence, List<LinkedIssue> issues, CardTriage triage) {
            this(card, evidence, issues, triage, List.of());
        }
    }

    /**
     * A comment of a deleted card: its author, its stored text (mentions as {@code @[key]}), when it was written and last
     * edited (null: never). Who was told about it is reading state, not kept.
     */
    public record KeptComment(String authorKey, String text, Instant createdAt, Instant editedAt) {
    }

    public record LinkedIssue(long issueId, String issueKey) {
    }

    /** A card before it moved: its cell, its place in it, and its content (a move may drop an emotion or channel). */
    public record MovedCard(long cardId, long laneId, long stageId, int position, Card.Content content) implements Change {
    }

    /** A stage as it was before it was deleted, with its cards (each with what hung on it), in board order. */
    public record DeletedStage(Stage stage, List<DeletedCard> cards) implements Change {
        public DeletedStage {
            cards = List.copyOf(cards);
        }
    }

    /** A lane as it was before it was deleted (kind, title, place, hidden or not), with its cards. */
    public record DeletedLane(Lane lane, List<DeletedCard> cards) implements Change {
        public DeletedLane {
            cards = List.copyOf(cards);
        }
    }

    /** A piece of evidence before it was deleted, and the card it backed (its text for the history line). */
    public record DeletedEvidence(long cardId, String cardText, Evidence.Content content) implements Change {
    }

    public static Undoable of(long mapId, long version, String authorKey, Instant at, Change change) {
        return new Undoable(0, mapId, version, authorKey, at, change);
    }

    /** The stable key of the kind of change ({@code card.deleted} …), as the undo log stores it. */
    public String kind() {
        if (change instanceof DeletedCard) {
            return "card.deleted";
        }
        if (change instanceof MovedCard) {
            return "card.moved";
        }
        if (change instanceof DeletedStage) {
            return "stage.deleted";
        }
        return change instanceof DeletedLane ? "lane.deleted" : "evidence.deleted";
    }
}

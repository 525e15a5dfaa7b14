package dev.journeymaps.app.history;

import dev.journeymaps.app.AccessPolicy;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.AuditTrail;
import dev.journeymaps.app.board.BoardEditor;
import dev.journeymaps.app.board.MapAccess;
import dev.journeymaps.app.board.MapRepository;
import dev.journeymaps.app.stewardship.TriageRepository;
import dev.journeymaps.app.work.IssueLinks;
import dev.journeymaps.domain.ValidationException;
import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.history.Undoable;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;

/**
 * Undo of one's own last change, for the changes that lose the most when made by mistake: deleting a card, a stage
 * or a lane (their cards' evidence, links, scores and owners go with them), deleting a piece of evidence, and moving
 * a card. Those go through here so that what undoing needs is kept ({@link UndoLog}) — captured from the board the
 * edit read, and recorded inside the edit's own versioned change ({@link BoardEditor.Alongside}), so the delete
 * and its undo record commit or fail together. {@link #undo} puts it back as a new version of the map, audited —
 * but only while that change is still the map's latest and was made by the same person, so undo never overwrites
 * anyone's later work.
 */
public class BoardUndo {
    private final MapRepository repository;
    private final MapAccess access;
    private final BoardEditor editor;
    private final UndoLog log;
    private final CardRestore cards;
    private final Restorations restorations;
    private final Clock clock;

    public BoardUndo(MapRepository repository, AccessPolicy policy, BoardEditor editor, UndoLog log, IssueLinks links,
                     TriageRepository triage, AuditTrail audit, Clock clock) {
        this(repository, policy, editor, log, links, triage, null, audit, clock);
    }

    /** With {@code comments}: a deleted card's comments are kept, and Undo brings them back with the card. */
    public BoardUndo(MapRepository repository, AccessPolicy policy, BoardEditor editor, UndoLog log, IssueLinks links,
                     TriageRepository triage, dev.journeymaps.app.comments.CommentRepository comments, AuditTrail audit,
                     Clock clock) {
        this.repository = repository;
        this.access = new MapAccess(repository, policy);
        this.editor = editor;
        this.log = log;
        this.cards = new CardRestore(links, triage, comments);
        this.restorations = new Restorations(cards, audit);
        this.clock = clock;
    }

    /** Deletes the card as {@link BoardEditor#deleteCard} does, keeping the card and what hangs on it for undo. */
    public MapBoard deleteCard(Actor actor, long mapId, long version, long cardId) {
        return editor.deleteCard(actor, mapId, version, cardId,
                recording(actor, mapId, board -> cards.capture(board, board.card(cardId).orElseThrow())));
    }

    /** Moves the card as {@link BoardEditor#moveCard} does, keeping where it came from for undo. */
    public MapBoard moveCard(Actor actor, long mapId, long version, long cardId, long laneId, long stageId, int index) {
        return editor.moveCard(actor, mapId, version, cardId, laneId, stageId, index, recording(actor, mapId, board -> {
            Card card = board.card(cardId).orElseThrow();
            return new Undoable.MovedCard(cardId, card.laneId(), card.stageId(), card.position(), card.content());
        }));
    }

    /** Deletes the stage as {@link BoardEditor#deleteStage} does, keeping it and its cards for undo. */
    public MapBoard deleteStage(Actor actor, long mapId, long version, long stageId) {
        return editor.deleteStage(actor, mapId, version, stageId, recording(actor, mapId, board -> new Undoable.DeletedStage(
                board.stage(stageId).orElseThrow(), cards.captureAll(board, card -> card.stageId() == stageId))));
    }

    /** Deletes the lane as {@link BoardEditor#deleteLane} does, keeping it and its cards for undo. */
    public MapBoard deleteLane(Actor actor, long mapId, long version, long laneId) {
        return editor.deleteLane(actor, mapId, version, laneId, recording(actor, mapId, board -> new Undoable.DeletedLane(
                board.lane(laneId).orElseThrow(), cards.captureAll(board, card -> card.laneId() == laneId))));
    }

    /** For {@code EvidenceEditor.deleteEvidence}: keeps the evidence (and the card it backed) for undo, in its change. */
    public BoardEditor.Alongside keepingEvidence(Actor actor, long mapId, long cardId, long evidenceId) {
        return recording(actor, mapId, board -> new Undoable.DeletedEvidence(cardId, board.card(cardId).orElseThrow().text(),
                board.evidence(evidenceId).orElseThrow().content()));
    }

    private BoardEditor.Alongside recording(Actor actor, long mapId, Function<MapBoard, Undoable.Change> capture) {
        return (before, version) -> log.record(Undoable.of(mapId, version, actor.userKey(), clock.instant(), capture.apply(before)));
    }

    /**
     * Takes back the actor's last change of the map, if it is still the map's latest (at {@code version}).
     *
     * @return what the undo put back (a restored card, stage or lane gets a new id) and the version it produced
     * @throws ValidationException when there is nothing of the actor's to undo
     */
    public Restored undo(Actor actor, long mapId, long version) {
        MapBoard board = access.editable(actor, mapId, version);
        Undoable change = log.latest(mapId)
                .filter(c -> c.version() == board.version() && c.authorKey().equals(actor.userKey()))
                .orElseThrow(() -> ValidationException.general(
                        "There is nothing of yours to undo: your last change is no longer the latest change of this map."));
        if (change.change() instanceof Undoable.MovedCard moved) {
            return undoMove(actor, mapId, version, board, change, moved);
        }
        Instant now = clock.instant();
        return repository.change(mapId, version, actor.userKey(), now, writer -> {
            Restored restored = restorations.putBack(writer, board, change, actor.userKey(), now);
            log.markUndone(change.id());
            return restored;
        });
    }

    private Restored undoMove(Actor actor, long mapId, long version, MapBoard board, Undoable change, Undoable.MovedCard moved) {
        MapBoard back = editor.moveCard(actor, mapId, version, moved.cardId(), moved.laneId(), moved.stageId(),
                Math.min(moved.position(), board.cardsIn(moved.laneId(), moved.stageId()).size()));
        long at = back.version();
        Card card = back.card(moved.cardId()).orElseThrow();
        if (!card.content().equals(moved.content())) {
            at = editor.editCard(actor, mapId, at, moved.cardId(), moved.content()).version();
        }
        log.markUndone(change.id());
        return new Restored(Restored.CARD, moved.cardId(), moved.cardId(), at);
    }

    /**
     * What an undo put back: {@code what} is "card", "stage", "lane" or "evidence"; {@code id} its (new) id;
     * {@code cardId} the card to show (the restored card, the card the evidence backs; 0 for a stage or lane).
     */
    public record Restored(String what, long id, long cardId, long version) {
        static final String CARD = "card";
    }
}

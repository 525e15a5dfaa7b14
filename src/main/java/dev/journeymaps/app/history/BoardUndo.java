package dev.journeymaps.app.history;

import dev.journeymaps.app.AccessPolicy;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.AuditTrail;
import dev.journeymaps.app.NotFoundException;
import dev.journeymaps.app.board.BoardEditor;
import dev.journeymaps.app.board.BoardPart;
import dev.journeymaps.app.board.MapAccess;
import dev.journeymaps.app.board.MapRepository;
import dev.journeymaps.app.stewardship.TriageRepository;
import dev.journeymaps.app.work.IssueLinks;
import dev.journeymaps.domain.AuditEntry;
import dev.journeymaps.domain.ValidationException;
import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.history.Undoable;

import java.time.Clock;

/**
 * Undo of one's own last change, for the changes that lose the most when made by mistake: deleting a card (its
 * evidence, links, score and owner go with it) and moving one. Deleting and moving go through here so that what
 * undoing needs is kept ({@link UndoLog}); {@link #undo} puts it back as a new version of the map, audited —
 * but only while that change is still the map's latest and was made by the same person, so undo never
 * overwrites anyone's later work.
 */
public class BoardUndo {
    private final MapRepository repository;
    private final MapAccess access;
    private final BoardEditor editor;
    private final UndoLog log;
    private final CardRestore restore;
    private final Clock clock;

    public BoardUndo(MapRepository repository, AccessPolicy policy, BoardEditor editor, UndoLog log, IssueLinks links,
                     TriageRepository triage, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.access = new MapAccess(repository, policy);
        this.editor = editor;
        this.log = log;
        this.restore = new CardRestore(links, triage, audit, log);
        this.clock = clock;
    }

    /** Deletes the card as {@link BoardEditor#deleteCard} does, keeping the card and what hangs on it for undo. */
    public MapBoard deleteCard(Actor actor, long mapId, long version, long cardId) {
        MapBoard board = access.editable(actor, mapId, version, BoardPart.card(cardId));
        Card card = board.card(cardId).orElseThrow(() -> new NotFoundException("Card " + cardId + " is not part of map " + mapId + "."));
        Undoable.DeletedCard deleted = restore.capture(board, card);
        MapBoard after = editor.deleteCard(actor, mapId, version, cardId);
        log.record(Undoable.deletion(mapId, after.version(), actor.userKey(), clock.instant(), deleted));
        return after;
    }

    /** Moves the card as {@link BoardEditor#moveCard} does, keeping where it came from for undo. */
    public MapBoard moveCard(Actor actor, long mapId, long version, long cardId, long laneId, long stageId, int index) {
        MapBoard board = access.editable(actor, mapId, version, BoardPart.card(cardId));
        Card card = board.card(cardId).orElseThrow(() -> new NotFoundException("Card " + cardId + " is not part of map " + mapId + "."));
        MapBoard after = editor.moveCard(actor, mapId, version, cardId, laneId, stageId, index);
        log.record(Undoable.move(mapId, after.version(), actor.userKey(), clock.instant(),
                new Undoable.MovedCard(cardId, card.laneId(), card.stageId(), card.position(), card.content())));
        return after;
    }

    /**
     * Takes back the actor's last change of the map, if it is still the map's latest (at {@code version}).
     *
     * @return the card the undo put back (a restored card has a new id)
     * @throws ValidationException when there is nothing of the actor's to undo
     */
    public Restored undo(Actor actor, long mapId, long version) {
        MapBoard board = access.editable(actor, mapId, version);
        Undoable change = log.latest(mapId)
                .filter(c -> c.version() == board.version() && c.authorKey().equals(actor.userKey()))
                .orElseThrow(() -> ValidationException.general(
                        "There is nothing of yours to undo: your last change is no longer the latest change of this map."));
        if (change.isDeletion()) {
            long id = repository.change(mapId, version, actor.userKey(), clock.instant(),
                    writer -> restore.putBack(writer, board, change, actor.userKey(), clock.instant()));
            return new Restored(id, version + 1);
        }
        Undoable.MovedCard moved = change.moved();
        MapBoard back = editor.moveCard(actor, mapId, version, moved.cardId(), moved.laneId(), moved.stageId(),
                Math.min(moved.position(), board.cardsIn(moved.laneId(), moved.stageId()).size()));
        long at = back.version();
        Card card = back.card(moved.cardId()).orElseThrow();
        if (!card.content().equals(moved.content())) {
            at = editor.editCard(actor, mapId, at, moved.cardId(), moved.content()).version();
        }
        log.markUndone(change.id());
        return new Restored(moved.cardId(), at);
    }

    /** The card an undo put back and the map version it produced. */
    public record Restored(long cardId, long version) {
    }

    static AuditEntry restoredEntry(long mapId, long version, String by, java.time.Instant at, Card card) {
        return new AuditEntry(mapId, version, at, by, "card.restored", card.text(), "Restored the deleted card (undo).");
    }

}

package dev.journeymaps.app.board;

import dev.journeymaps.app.AccessPolicy;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.AuditTrail;
import dev.journeymaps.app.Directory;
import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.Lane;
import dev.journeymaps.domain.board.LaneKind;
import dev.journeymaps.domain.Limits;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.Ordering;
import dev.journeymaps.domain.board.Stage;
import dev.journeymaps.domain.ValidationException;

import java.time.Clock;
import java.util.List;

import static dev.journeymaps.app.board.Placement.laneIds;
import static dev.journeymaps.app.board.Placement.stageIds;

/**
 * Use cases that edit a map's grid: stages, lanes and cards. Every one quotes the map version it read, reads and
 * writes only the rows it touches ({@link BoardPart}), and returns that part as it is afterwards, at the version it
 * committed.
 */
public class BoardEditor {
    private final MapRepository repository;
    private final MapAccess access;
    private final Edits edits;

    public BoardEditor(MapRepository repository, AccessPolicy policy, Clock clock) {
        this(repository, policy, clock, null);
    }

    /** With {@code audit}: every edit also writes an audit line saying what changed and where. */
    public BoardEditor(MapRepository repository, AccessPolicy policy, Clock clock, AuditTrail audit) {
        this(repository, policy, clock, audit, null);
    }

    /** With {@code directory}: a 409 names the other author by display name (without it, by user key). */
    public BoardEditor(MapRepository repository, AccessPolicy policy, Clock clock, AuditTrail audit, Directory directory) {
        this.repository = repository;
        this.access = directory == null ? new MapAccess(repository, policy) : new MapAccess(repository, policy, directory);
        this.edits = new Edits(repository, access, clock, new BoardAudit(audit));
    }

    /**
     * What another capability writes inside the same versioned change as an edit (what undoing it needs), given the
     * board as the edit read it and the version the change produces: one transaction, no second read.
     */
    @FunctionalInterface
    public interface Alongside {
        Alongside NOTHING = (before, version) -> { };

        void write(MapBoard before, long version);
    }

    // --- stages -----------------------------------------------------------------------------

    public Added addStage(Actor actor, long mapId, long version, String name, Integer index) {
        String valid = Stage.validName(name);
        MapBoard board = access.editable(actor, mapId, version, BoardPart.grid());
        if (board.stages().size() >= Limits.STAGES_PER_MAP) {
            throw ValidationException.general("A map has at most " + Limits.STAGES_PER_MAP + " stages.");
        }
        return edits.add(actor, board, BoardAudit.stageAdded(valid), Footprint.wholeMap(), id -> BoardPart.grid(), writer -> {
            long id = writer.insertStage(valid, board.stages().size());
            Placement.stages(writer, board.stages(), Ordering.moveTo(stageIds(board.stages()), id, at(index, board.stages().size())),
                    new Stage(id, mapId, valid, board.stages().size()));
            return id;
        });
    }

    public MapBoard renameStage(Actor actor, long mapId, long version, long stageId, String name) {
        String valid = Stage.validName(name);
        MapBoard board = access.editable(actor, mapId, version, BoardPart.grid());
        Stage stage = Edits.requireStage(board, stageId);
        return edits.write(actor, board, BoardAudit.stageRenamed(stage, valid), Footprint.stageName(stageId), BoardPart.grid(), writer -> writer.updateStage(new Stage(stage.id(), mapId, valid, stage.position())));
    }

    public MapBoard moveStage(Actor actor, long mapId, long version, long stageId, int index) {
        MapBoard board = access.editable(actor, mapId, version, BoardPart.grid());
        Stage stage = Edits.requireStage(board, stageId);
        return edits.write(actor, board, BoardAudit.stageMoved(stage, index), Footprint.wholeMap(), BoardPart.grid(), writer ->
                Placement.stages(writer, board.stages(), Ordering.moveTo(stageIds(board.stages()), stageId, index), null));
    }

    /** Deletes the stage and its cards (with their evidence). */
    public MapBoard deleteStage(Actor actor, long mapId, long version, long stageId) {
        return deleteStage(actor, mapId, version, stageId, Alongside.NOTHING);
    }

    public MapBoard deleteStage(Actor actor, long mapId, long version, long stageId, Alongside alongside) {
        MapBoard board = access.editable(actor, mapId, version);
        Stage stage = Edits.requireStage(board, stageId);
        return edits.write(actor, board, BoardAudit.stageDeleted(board, stage), Footprint.wholeMap(), BoardPart.grid(), writer -> {
            alongside.write(board, writer.version());
            writer.deleteStage(stageId);
            Placement.stages(writer, board.stages(), Ordering.without(stageIds(board.stages()), stageId), null);
        });
    }

    // --- lanes ------------------------------------------------------------------------------

    public Added addLane(Actor actor, long mapId, long version, LaneKind kind, String title, Integer index) {
        if (kind == null) {
            throw ValidationException.field("kind", "Choose the kind of lane.");
        }
        String valid = Lane.validTitle(title);
        MapBoard board = access.editable(actor, mapId, version, BoardPart.grid());
        if (board.lanes().size() >= Limits.LANES_PER_MAP) {
            throw ValidationException.general("A map has at most " + Limits.LANES_PER_MAP + " lanes.");
        }
        return edits.add(actor, board, BoardAudit.laneAdded(valid), Footprint.wholeMap(), id -> BoardPart.grid(), writer -> {
            long id = writer.insertLane(kind, valid, board.lanes().size());
            Placement.lanes(writer, board.lanes(), Ordering.moveTo(laneIds(board.lanes()), id, at(index, board.lanes().size())),
                    new Lane(id, mapId, kind, valid, board.lanes().size()));
            return id;
        });
    }

    public MapBoard renameLane(Actor actor, long mapId, long version, long laneId, String title) {
        return editLane(actor, mapId, version, laneId, title, null);
    }

    /** Renames a lane ({@code title} non-null) and/or hides or shows it ({@code hidden} non-null). */
    public MapBoard editLane(Actor actor, long mapId, long version, long laneId, String title, Boolean hidden) {
        if (title == null && hidden == null) {
            throw ValidationException.general("Give the lane a new \"title\", or set \"hidden\" to hide or show it.");
        }
        String valid = title == null ? null : Lane.validTitle(title);
        MapBoard board = access.editable(actor, mapId, version, BoardPart.grid());
        Lane lane = Edits.requireLane(board, laneId);
        Lane edited = lane.titled(valid == null ? lane.title() : valid).hidden(hidden == null ? lane.hidden() : hidden);
        return edits.write(actor, board, BoardAudit.laneEdited(lane.title(), edited.title(), hidden), Footprint.lane(laneId), BoardPart.grid(),
                writer -> writer.updateLane(edited));
    }

    public MapBoard moveLane(Actor actor, long mapId, long version, long laneId, int index) {
        MapBoard board = access.editable(actor, mapId, version, BoardPart.grid());
        Lane lane = Edits.requireLane(board, laneId);
        return edits.write(actor, board, BoardAudit.laneMoved(lane.title(), index), Footprint.wholeMap(), BoardPart.grid(), writer ->
                Placement.lanes(writer, board.lanes(), Ordering.moveTo(laneIds(board.lanes()), laneId, index), null));
    }

    public MapBoard deleteLane(Actor actor, long mapId, long version, long laneId) {
        return deleteLane(actor, mapId, version, laneId, Alongside.NOTHING);
    }

    public MapBoard deleteLane(Actor actor, long mapId, long version, long laneId, Alongside alongside) {
        MapBoard board = access.editable(actor, mapId, version);
        Lane lane = Edits.requireLane(board, laneId);
        return edits.write(actor, board, BoardAudit.laneDeleted(board, laneId, lane.title()), Footprint.wholeMap(), BoardPart.grid(), writer -> {
            alongside.write(board, writer.version());
            writer.deleteLane(laneId);
            Placement.lanes(writer, board.lanes(), Ordering.without(laneIds(board.lanes()), laneId), null);
        });
    }

    // --- cards ------------------------------------------------------------------------------

    /**
     * Adds a card to a cell, last ({@code index} null: depends on nothing else, so two people adding to one cell both
     * succeed) or at an index (depends on the cell's order the writer saw). Its place is decided inside the change.
     */
    public Added addCard(Actor actor, long mapId, long version, long laneId, long stageId, Integer index, Card.Content content) {
        content.validated();
        MapBoard board = access.editable(actor, mapId, version, BoardPart.grid());
        board.requireCell(laneId, stageId);
        LaneKind laneKind = Edits.requireLane(board, laneId).kind();
        Card.Content valid = content.validatedFor(laneKind);
        if (repository.cardCount(mapId) >= Limits.CARDS_PER_MAP) {
            throw ValidationException.general("A map has at most " + Limits.CARDS_PER_MAP + " cards.");
        }
        Footprint footprint = index == null ? Footprint.appendTo(laneId, stageId) : Footprint.placeIn(laneId, stageId);
        return edits.add(actor, board, BoardAudit.cardAdded(board, laneKind, stageId, valid.text()), footprint, BoardPart::card, writer -> {
            int key = writer.makeRoom(laneId, stageId, CardWriter.NEW_CARD, index == null ? Integer.MAX_VALUE : index);
            long id = writer.insertCard(laneId, stageId, key, valid);
            return id;
        });
    }

    /** Replaces a card's text, details, emotion score and channel. */
    public MapBoard editCard(Actor actor, long mapId, long version, long cardId, Card.Content content) {
        content.validated();
        MapBoard board = access.editable(actor, mapId, version, BoardPart.card(cardId));
        Card card = Edits.requireCard(board, cardId);
        Card.Content valid = content.validatedFor(board.kindOf(card));
        return edits.write(actor, board, BoardAudit.cardEdited(board, card, valid.text()), Footprint.card(cardId),
                BoardPart.card(cardId), writer -> writer.updateCard(card.with(valid)));
    }

    /**
     * Moves a card to a cell (possibly its own) at an index within it. A score or channel the target lane
     * cannot hold is dropped, as the card now means something else there. Depends on the card and on the target
     * cell's order; the target cell's order (ids and sort keys) is read inside the change and the card takes a key
     * between its new neighbours: one card row written (the cell left keeps a gap).
     */
    public MapBoard moveCard(Actor actor, long mapId, long version, long cardId, long laneId, long stageId, int index) {
        return moveCard(actor, mapId, version, cardId, laneId, stageId, index, Alongside.NOTHING);
    }

    public MapBoard moveCard(Actor actor, long mapId, long version, long cardId, long laneId, long stageId, int index,
                             Alongside alongside) {
        MapBoard board = access.editable(actor, mapId, version, BoardPart.card(cardId));
        Card card = Edits.requireCard(board, cardId);
        board.requireCell(laneId, stageId);
        Card moved = card.at(laneId, stageId, card.position()).fittedTo(Edits.requireLane(board, laneId).kind());
        Footprint footprint = Footprint.card(cardId).and(Footprint.placeIn(laneId, stageId)).reorders(card.laneId(), card.stageId());
        return edits.write(actor, board, BoardAudit.cardMoved(board, card, laneId, stageId), footprint, BoardPart.card(cardId), writer -> {
            alongside.write(board, writer.version());
            writer.updateCard(moved, writer.makeRoom(laneId, stageId, cardId, index));
        });
    }

    public MapBoard deleteCard(Actor actor, long mapId, long version, long cardId) {
        return deleteCard(actor, mapId, version, cardId, Alongside.NOTHING);
    }

    public MapBoard deleteCard(Actor actor, long mapId, long version, long cardId, Alongside alongside) {
        MapBoard board = access.editable(actor, mapId, version, BoardPart.card(cardId));
        Card card = Edits.requireCard(board, cardId);
        Footprint footprint = Footprint.card(cardId).reorders(card.laneId(), card.stageId());
        return edits.write(actor, board, BoardAudit.cardDeleted(board, card), footprint, BoardPart.grid(), writer -> {
            alongside.write(board, writer.version());
            writer.deleteCard(cardId);
        });
    }

    // --- helpers ----------------------------------------------------------------------------

    private static int at(Integer index, int size) {
        return index == null ? size : index;
    }
}

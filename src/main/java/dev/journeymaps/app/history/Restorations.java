package dev.journeymaps.app.history;

import dev.journeymaps.app.AuditTrail;
import dev.journeymaps.app.board.BoardAudit;
import dev.journeymaps.app.board.MapWriter;
import dev.journeymaps.domain.AuditEntry;
import dev.journeymaps.domain.board.Lane;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.Stage;
import dev.journeymaps.domain.history.Undoable;

import java.time.Instant;

/**
 * Puts back what a deletion took, inside the undo's versioned change, and says so in the history ("Undid deleting
 * stage 'Buy' and its 3 cards"): a card in its cell and place; a stage or lane at its place (the ones after it move
 * on one) with its cards in their places; a piece of evidence on its card. Restored rows get new ids.
 */
final class Restorations {
    private final CardRestore cards;
    private final AuditTrail audit;

    Restorations(CardRestore cards, AuditTrail audit) {
        this.cards = cards;
        this.audit = audit;
    }

    BoardUndo.Restored putBack(MapWriter writer, MapBoard board, Undoable undoable, String by, Instant now) {
        long mapId = board.map().id();
        long version = board.version() + 1;
        Undoable.Change change = undoable.change();
        if (change instanceof Undoable.DeletedCard deleted) {
            long id = cards.putBack(writer, board, deleted, by, now);
            String text = deleted.card().text();
            audit(mapId, version, by, now, "card.restored", text, "Undid deleting card " + BoardAudit.quote(text), id);
            return new BoardUndo.Restored(BoardUndo.Restored.CARD, id, id, version);
        }
        if (change instanceof Undoable.DeletedStage deleted) {
            Stage stage = deleted.stage();
            int place = Math.min(stage.position(), board.stages().size());
            board.stages().stream().filter(s -> s.position() >= place).forEach(s -> writer.updateStage(s.at(s.position() + 1)));
            long id = writer.insertStage(stage.name(), place);
            cards.putBackAll(writer, mapId, deleted.cards(), null, id, by, now);
            audit(mapId, version, by, now, "stage.restored", stage.name(),
                    "Undid deleting stage " + BoardAudit.quote(stage.name()) + count(deleted.cards().size()), null);
            return new BoardUndo.Restored("stage", id, 0, version);
        }
        if (change instanceof Undoable.DeletedLane deleted) {
            Lane lane = deleted.lane();
            int place = Math.min(lane.position(), board.lanes().size());
            board.lanes().stream().filter(l -> l.position() >= place).forEach(l -> writer.updateLane(l.at(l.position() + 1)));
            long id = writer.insertLane(lane.kind(), lane.title(), place);
            if (lane.hidden()) {
                writer.updateLane(new Lane(id, mapId, lane.kind(), lane.title(), place, true));
            }
            cards.putBackAll(writer, mapId, deleted.cards(), id, null, by, now);
            audit(mapId, version, by, now, "lane.restored", lane.title(),
                    "Undid deleting lane " + BoardAudit.quote(lane.title()) + count(deleted.cards().size()), null);
            return new BoardUndo.Restored("lane", id, 0, version);
        }
        Undoable.DeletedEvidence deleted = (Undoable.DeletedEvidence) change;
        board.card(deleted.cardId()).orElseThrow();
        long id = writer.insertEvidence(deleted.cardId(), deleted.content());
        audit(mapId, version, by, now, "evidence.restored", deleted.cardText(),
                "Undid deleting evidence of " + BoardAudit.quote(deleted.cardText()), deleted.cardId());
        return new BoardUndo.Restored("evidence", id, deleted.cardId(), version);
    }

    private void audit(long mapId, long version, String by, Instant at, String action, String subject, String summary, Long cardId) {
        if (audit != null) {
            audit.append(new AuditEntry(mapId, version, at, by, action, subject, summary, cardId));
        }
    }

    private static String count(int cards) {
        return cards == 0 ? "" : cards == 1 ? " and its card" : " and its " + cards + " cards";
    }
}

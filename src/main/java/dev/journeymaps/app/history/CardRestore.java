package dev.journeymaps.app.history;

import dev.journeymaps.app.AuditTrail;
import dev.journeymaps.app.board.MapWriter;
import dev.journeymaps.app.stewardship.TriageRepository;
import dev.journeymaps.app.work.IssueLinks;
import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.Evidence;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.history.Undoable;
import dev.journeymaps.domain.stewardship.CardTriage;
import dev.journeymaps.domain.work.IssueLink;

import java.time.Instant;
import java.util.List;

/** Keeps a card with everything that hangs on it before it is deleted, and puts it all back for an undo. */
final class CardRestore {
    private final IssueLinks links;
    private final TriageRepository triage;
    private final AuditTrail audit;
    private final UndoLog log;

    CardRestore(IssueLinks links, TriageRepository triage, AuditTrail audit, UndoLog log) {
        this.links = links;
        this.triage = triage;
        this.audit = audit;
        this.log = log;
    }

    Undoable.DeletedCard capture(MapBoard board, Card card) {
        long mapId = board.map().id();
        List<Evidence.Content> evidence = board.evidenceFor(card.id()).stream().map(Evidence::content).toList();
        List<Undoable.LinkedIssue> issues = links.ofCard(mapId, card.id()).stream()
                .map(link -> new Undoable.LinkedIssue(link.issueId(), link.issueKey())).toList();
        CardTriage scores = triage.triageOf(mapId, card.id()).orElse(CardTriage.untriaged(card.id()));
        return new Undoable.DeletedCard(card, evidence, issues, scores);
    }

    /**
     * Inside the map's versioned change: the card back in its cell at its old place (the cards below move down
     * one), with its evidence, links, score and owner; audited; the undo entry marked used. Returns the new id.
     */
    long putBack(MapWriter writer, MapBoard board, Undoable change, String by, Instant now) {
        Undoable.DeletedCard deleted = change.deleted();
        Card card = deleted.card();
        long mapId = board.map().id();
        board.requireCell(card.laneId(), card.stageId());
        List<Card> cell = board.cardsIn(card.laneId(), card.stageId());
        int place = Math.min(card.position(), cell.size());
        for (Card below : cell) {
            if (below.position() >= place) {
                writer.updateCard(below.at(below.laneId(), below.stageId(), below.position() + 1));
            }
        }
        long id = writer.insertCard(card.laneId(), card.stageId(), place, card.content());
        deleted.evidence().forEach(evidence -> writer.insertEvidence(id, evidence));
        deleted.issues().forEach(issue -> links.add(new IssueLink(mapId, id, issue.issueId(), issue.issueKey(), by, now)));
        CardTriage kept = deleted.triage();
        if (kept.isOwned() || !kept.scores().equals(CardTriage.Scores.NONE)) {
            triage.saveTriage(mapId, new CardTriage(id, kept.ownerKey(), kept.scores()));
        }
        audit.append(BoardUndo.restoredEntry(mapId, change.version() + 1, by, now, card));
        log.markUndone(change.id());
        return id;
    }
}

package dev.journeymaps.app.board;

import dev.journeymaps.app.AccessPolicy;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.NotFoundException;
import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.Evidence;
import dev.journeymaps.domain.Limits;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.ValidationException;

import java.time.Clock;

/**
 * Use cases on the evidence behind pain points and opportunities. Evidence is part of its map: every
 * write quotes the map version and moves the map one version on, like any other edit.
 */
public class EvidenceEditor {
    private final MapAccess access;
    private final Edits edits;

    public EvidenceEditor(MapRepository repository, AccessPolicy policy, Clock clock) {
        this(repository, policy, clock, null);
    }

    /** With {@code audit}: every evidence edit also writes an audit line naming the card. */
    public EvidenceEditor(MapRepository repository, AccessPolicy policy, Clock clock, dev.journeymaps.app.AuditTrail audit) {
        this(repository, policy, clock, audit, null);
    }

    /** With {@code directory}: a 409 names the other author by display name (without it, by user key). */
    public EvidenceEditor(MapRepository repository, AccessPolicy policy, Clock clock, dev.journeymaps.app.AuditTrail audit,
                          dev.journeymaps.app.Directory directory) {
        this.access = directory == null ? new MapAccess(repository, policy) : new MapAccess(repository, policy, directory);
        this.edits = new Edits(repository, access, clock, new BoardAudit(audit));
    }

    private static BoardAudit.Line line(String action, String verb, Card card) {
        return new BoardAudit.Line(action, card.text(), verb + " " + BoardAudit.quote(card.text()), card.id());
    }

    public Added addEvidence(Actor actor, long mapId, long version, long cardId, Evidence.Content content) {
        Evidence.Content valid = content.validated();
        MapBoard board = access.editable(actor, mapId, version, BoardPart.card(cardId));
        Card card = Edits.requireCard(board, cardId);
        if (!board.isActionable(card)) {
            throw ValidationException.general("Evidence backs pain points and opportunities; card " + cardId + " is neither.");
        }
        if (board.evidenceFor(cardId).size() >= Limits.EVIDENCE_PER_CARD) {
            throw ValidationException.general("A card has at most " + Limits.EVIDENCE_PER_CARD + " pieces of evidence.");
        }
        return edits.add(actor, board, line("evidence.added", "Added evidence to", Edits.requireCard(board, cardId)),
                Footprint.card(cardId), id -> BoardPart.card(cardId), writer -> writer.insertEvidence(cardId, valid));
    }

    public MapBoard editEvidence(Actor actor, long mapId, long version, long cardId, long evidenceId, Evidence.Content content) {
        Evidence.Content valid = content.validated();
        MapBoard board = access.editable(actor, mapId, version, BoardPart.card(cardId));
        Evidence evidence = requireEvidence(board, cardId, evidenceId);
        return edits.write(actor, board, line("evidence.edited", "Edited evidence of", Edits.requireCard(board, cardId)),
                Footprint.card(cardId), BoardPart.card(cardId), writer -> writer.updateEvidence(new Evidence(evidence.id(), mapId, cardId, valid)));
    }

    public MapBoard deleteEvidence(Actor actor, long mapId, long version, long cardId, long evidenceId) {
        return deleteEvidence(actor, mapId, version, cardId, evidenceId, BoardEditor.Alongside.NOTHING);
    }

    /** Deletes the evidence; {@code alongside} writes in the same change (what undoing it needs). */
    public MapBoard deleteEvidence(Actor actor, long mapId, long version, long cardId, long evidenceId,
                                   BoardEditor.Alongside alongside) {
        MapBoard board = access.editable(actor, mapId, version, BoardPart.card(cardId));
        requireEvidence(board, cardId, evidenceId);
        return edits.write(actor, board, line("evidence.deleted", "Deleted evidence of", Edits.requireCard(board, cardId)),
                Footprint.card(cardId), BoardPart.card(cardId), writer -> {
                    alongside.write(board, writer.version());
                    writer.deleteEvidence(evidenceId);
                });
    }

    private static Evidence requireEvidence(MapBoard board, long cardId, long evidenceId) {
        Edits.requireCard(board, cardId);
        return board.evidence(evidenceId).filter(e -> e.cardId() == cardId).orElseThrow(() ->
                new NotFoundException("Evidence " + evidenceId + " is not part of card " + cardId + "."));
    }
}

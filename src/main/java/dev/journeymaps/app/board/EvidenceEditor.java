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
    private final MapRepository repository;
    private final MapAccess access;
    private final Clock clock;
    private final BoardAudit audit;

    public EvidenceEditor(MapRepository repository, AccessPolicy policy, Clock clock) {
        this(repository, policy, clock, null);
    }

    /** With {@code audit}: every evidence edit also writes an audit line naming the card. */
    public EvidenceEditor(MapRepository repository, AccessPolicy policy, Clock clock, dev.journeymaps.app.AuditTrail audit) {
        this.repository = repository;
        this.access = new MapAccess(repository, policy);
        this.clock = clock;
        this.audit = new BoardAudit(audit);
    }

    private BoardAudit.Line line(String action, String verb, Card card) {
        return new BoardAudit.Line(action, card.text(), verb + " " + BoardAudit.quote(card.text()));
    }

    public Added addEvidence(Actor actor, long mapId, long version, long cardId, Evidence.Content content) {
        Evidence.Content valid = content.validated();
        MapBoard board = access.editable(actor, mapId, version);
        Card card = BoardEditor.requireCard(board, cardId);
        if (!board.isActionable(card)) {
            throw ValidationException.general("Evidence backs pain points and opportunities; card " + cardId + " is neither.");
        }
        if (board.evidenceFor(cardId).size() >= Limits.EVIDENCE_PER_CARD) {
            throw ValidationException.general("A card has at most " + Limits.EVIDENCE_PER_CARD + " pieces of evidence.");
        }
        java.time.Instant now = clock.instant();
        long id = repository.change(mapId, version, actor.userKey(), now, writer -> {
            long added = writer.insertEvidence(cardId, valid);
            audit.append(mapId, version + 1, now, actor.userKey(), line("evidence.added", "Added evidence to", card));
            return added;
        });
        return new Added(id, access.viewable(actor, mapId));
    }

    public MapBoard editEvidence(Actor actor, long mapId, long version, long cardId, long evidenceId, Evidence.Content content) {
        Evidence.Content valid = content.validated();
        MapBoard board = access.editable(actor, mapId, version);
        Evidence evidence = requireEvidence(board, cardId, evidenceId);
        java.time.Instant now = clock.instant();
        repository.change(mapId, version, actor.userKey(), now, writer -> {
            writer.updateEvidence(new Evidence(evidence.id(), mapId, cardId, valid));
            audit.append(mapId, version + 1, now, actor.userKey(),
                    line("evidence.edited", "Edited evidence of", BoardEditor.requireCard(board, cardId)));
            return null;
        });
        return access.viewable(actor, mapId);
    }

    public MapBoard deleteEvidence(Actor actor, long mapId, long version, long cardId, long evidenceId) {
        MapBoard board = access.editable(actor, mapId, version);
        requireEvidence(board, cardId, evidenceId);
        java.time.Instant now = clock.instant();
        repository.change(mapId, version, actor.userKey(), now, writer -> {
            writer.deleteEvidence(evidenceId);
            audit.append(mapId, version + 1, now, actor.userKey(),
                    line("evidence.deleted", "Deleted evidence of", BoardEditor.requireCard(board, cardId)));
            return null;
        });
        return access.viewable(actor, mapId);
    }

    private static Evidence requireEvidence(MapBoard board, long cardId, long evidenceId) {
        BoardEditor.requireCard(board, cardId);
        return board.evidence(evidenceId).filter(e -> e.cardId() == cardId).orElseThrow(() ->
                new NotFoundException("Evidence " + evidenceId + " is not part of card " + cardId + "."));
    }
}

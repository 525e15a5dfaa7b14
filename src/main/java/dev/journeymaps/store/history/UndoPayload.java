package dev.journeymaps.store.history;

import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.Channel;
import dev.journeymaps.domain.board.Evidence;
import dev.journeymaps.domain.board.EvidenceType;
import dev.journeymaps.domain.history.Undoable;
import dev.journeymaps.domain.stewardship.CardTriage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON kept in an undo row: plain fields, so later changes to the domain records keep old rows readable. */
record UndoPayload(CardRow card, List<EvidenceRow> evidence, List<IssueRow> issues, TriageRow triage, MoveRow moved) {

    record CardRow(long id, long laneId, long stageId, int position, String text, String details, Integer emotion, String channel) {
    }

    /** {@code assumption} is null in entries written before evidence could be marked as an assumption (validated). */
    record EvidenceRow(String type, boolean quantitative, Integer customersAffected, String sourceUrl, String quote, String date,
                       Boolean assumption) {
    }

    record IssueRow(long issueId, String issueKey) {
    }

    record TriageRow(String ownerKey, Integer impact, Integer feasibility, Integer reach, Double riceImpact, Double effort) {
    }

    record MoveRow(long cardId, long laneId, long stageId, int position, String text, String details, Integer emotion, String channel) {
    }

    static UndoPayload of(Undoable change) {
        if (!change.isDeletion()) {
            Undoable.MovedCard m = change.moved();
            Card.Content c = m.content();
            return new UndoPayload(null, List.of(), List.of(), null, new MoveRow(m.cardId(), m.laneId(), m.stageId(), m.position(),
                    c.text(), c.details(), c.emotion(), c.channel() == null ? null : c.channel().key()));
        }
        Undoable.DeletedCard d = change.deleted();
        Card card = d.card();
        CardTriage.Scores s = d.triage().scores();
        return new UndoPayload(new CardRow(card.id(), card.laneId(), card.stageId(), card.position(), card.text(), card.details(),
                card.emotion(), card.channel() == null ? null : card.channel().key()),
                d.evidence().stream().map(e -> new EvidenceRow(e.type().key(), e.quantitative(), e.customersAffected(), e.sourceUrl(),
                        e.quote(), e.date() == null ? null : e.date().toString(), e.assumption())).toList(),
                d.issues().stream().map(i -> new IssueRow(i.issueId(), i.issueKey())).toList(),
                new TriageRow(d.triage().ownerKey(), s.impact(), s.feasibility(), s.reach(), s.riceImpact(), s.effort()), null);
    }

    Undoable toUndoable(long id, long mapId, long version, String authorKey, Instant at) {
        if (moved != null) {
            return new Undoable(id, mapId, version, authorKey, at, null, new Undoable.MovedCard(moved.cardId(), moved.laneId(),
                    moved.stageId(), moved.position(), new Card.Content(moved.text(), moved.details(), moved.emotion(), channel(moved.channel()))));
        }
        Card restored = new Card(card.id(), mapId, card.laneId(), card.stageId(), card.position(), card.text(), card.details(),
                card.emotion(), channel(card.channel()));
        List<Evidence.Content> contents = evidence.stream().map(e -> new Evidence.Content(EvidenceType.fromKey(e.type()),
                e.quantitative(), e.customersAffected(), e.sourceUrl(), e.quote(), e.date() == null ? null : LocalDate.parse(e.date()),
                Boolean.TRUE.equals(e.assumption()))).toList();
        List<Undoable.LinkedIssue> linked = issues.stream().map(i -> new Undoable.LinkedIssue(i.issueId(), i.issueKey())).toList();
        CardTriage kept = new CardTriage(card.id(), triage.ownerKey(),
                new CardTriage.Scores(triage.impact(), triage.feasibility(), triage.reach(), triage.riceImpact(), triage.effort()));
        return new Undoable(id, mapId, version, authorKey, at, new Undoable.DeletedCard(restored, contents, linked, kept), null);
    }

    private static Channel channel(String key) {
        return key == null ? null : Channel.fromKey(key);
    }
}

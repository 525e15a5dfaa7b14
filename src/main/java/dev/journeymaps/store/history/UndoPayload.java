package dev.journeymaps.store.history;

import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.Channel;
import dev.journeymaps.domain.board.Evidence;
import dev.journeymaps.domain.board.EvidenceType;
import dev.journeymaps.domain.board.Lane;
import dev.journeymaps.domain.board.LaneKind;
import dev.journeymaps.domain.board.Stage;
import dev.journeymaps.domain.history.Undoable;
import dev.journeymaps.domain.stewardship.CardTriage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON kept in an undo row: plain fields, so later changes to the domain records keep old rows readable. A
 * deleted card keeps its rows at the top level (as the first rows were written); a deleted stage or lane keeps its
 * own row and its cards' rows in {@code cards}; a deleted piece of evidence its card in {@code evidenceOf}. A card's
 * comments ({@code comments}) are kept since issue 15; rows from before have none.
 */
record UndoPayload(CardRow card, List<EvidenceRow> evidence, List<IssueRow> issues, TriageRow triage, MoveRow moved,
                   StageRow stage, LaneRow lane, List<DeletedRow> cards, EvidenceOfRow evidenceOf, List<CommentRow> comments) {

    UndoPayload {
        evidence = evidence == null ? List.of() : evidence;
        issues = issues == null ? List.of() : issues;
        cards = cards == null ? List.of() : cards;
        comments = comments == null ? List.of() : comments; // absent in rows written before comments were kept
    }

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

    record StageRow(long id, String name, int position) {
    }

    record LaneRow(long id, String kind, String title, int position, boolean hidden) {
    }

    /** A deleted card with what hung on it, inside a deleted stage or lane. */
    record DeletedRow(CardRow card, List<EvidenceRow> evidence, List<IssueRow> issues, TriageRow triage, List<CommentRow> comments) {
    }

    /** A comment of a deleted card: author, stored text, ISO instants (edited null: never edited). */
    record CommentRow(String authorKey, String text, String createdAt, String editedAt) {
    }

    record EvidenceOfRow(long cardId, String cardText, EvidenceRow evidence) {
    }

    static UndoPayload of(Undoable undoable) {
        Undoable.Change change = undoable.change();
        if (change instanceof Undoable.MovedCard m) {
            Card.Content c = m.content();
            return new UndoPayload(null, null, null, null, new MoveRow(m.cardId(), m.laneId(), m.stageId(), m.position(),
                    c.text(), c.details(), c.emotion(), key(c.channel())), null, null, null, null, null);
        }
        if (change instanceof Undoable.DeletedCard d) {
            DeletedRow row = row(d);
            return new UndoPayload(row.card(), row.evidence(), row.issues(), row.triage(), null, null, null, null, null,
                    row.comments());
        }
        if (change instanceof Undoable.DeletedStage s) {
            Stage st = s.stage();
            return new UndoPayload(null, null, null, null, null, new StageRow(st.id(), st.name(), st.position()), null,
                    s.cards().stream().map(UndoPayload::row).toList(), null, null);
        }
        if (change instanceof Undoable.DeletedLane l) {
            Lane ln = l.lane();
            return new UndoPayload(null, null, null, null, null, null,
                    new LaneRow(ln.id(), ln.kind().key(), ln.title(), ln.position(), ln.hidden()),
                    l.cards().stream().map(UndoPayload::row).toList(), null, null);
        }
        Undoable.DeletedEvidence e = (Undoable.DeletedEvidence) change;
        return new UndoPayload(null, null, null, null, null, null, null, null,
                new EvidenceOfRow(e.cardId(), e.cardText(), evidenceRow(e.content())), null);
    }

    Undoable toUndoable(long id, long mapId, long version, String authorKey, Instant at) {
        return new Undoable(id, mapId, version, authorKey, at, change(mapId));
    }

    private Undoable.Change change(long mapId) {
        if (moved != null) {
            return new Undoable.MovedCard(moved.cardId(), moved.laneId(), moved.stageId(), moved.position(),
                    new Card.Content(moved.text(), moved.details(), moved.emotion(), channel(moved.channel())));
        }
        if (stage != null) {
            return new Undoable.DeletedStage(new Stage(stage.id(), mapId, stage.name(), stage.position()), deleted(mapId));
        }
        if (lane != null) {
            return new Undoable.DeletedLane(new Lane(lane.id(), mapId, LaneKind.fromKey(lane.kind()), lane.title(), lane.position(),
                    lane.hidden()), deleted(mapId));
        }
        if (evidenceOf != null) {
            return new Undoable.DeletedEvidence(evidenceOf.cardId(), evidenceOf.cardText(), content(evidenceOf.evidence()));
        }
        return deleted(mapId, new DeletedRow(card, evidence, issues, triage, comments));
    }

    private List<Undoable.DeletedCard> deleted(long mapId) {
        return cards.stream().map(row -> deleted(mapId, row)).toList();
    }

    static DeletedRow row(Undoable.DeletedCard d) {
        Card card = d.card();
        CardTriage.Scores s = d.triage().scores();
        return new DeletedRow(new CardRow(card.id(), card.laneId(), card.stageId(), card.position(), card.text(), card.details(),
                card.emotion(), key(card.channel())),
                d.evidence().stream().map(UndoPayload::evidenceRow).toList(),
                d.issues().stream().map(i -> new IssueRow(i.issueId(), i.issueKey())).toList(),
                new TriageRow(d.triage().ownerKey(), s.impact(), s.feasibility(), s.reach(), s.riceImpact(), s.effort()),
                d.comments().stream().map(k -> new CommentRow(k.authorKey(), k.text(), k.createdAt().toString(),
                        k.editedAt() == null ? null : k.editedAt().toString())).toList());
    }

    static Undoable.DeletedCard deleted(long mapId, DeletedRow row) {
        CardRow c = row.card();
        Card restored = new Card(c.id(), mapId, c.laneId(), c.stageId(), c.position(), c.text(), c.details(), c.emotion(), channel(c.channel()));
        List<Evidence.Content> contents = (row.evidence() == null ? List.<EvidenceRow>of() : row.evidence()).stream()
                .map(UndoPayload::content).toList();
        List<Undoable.LinkedIssue> linked = (row.issues() == null ? List.<IssueRow>of() : row.issues()).stream()
                .map(i -> new Undoable.LinkedIssue(i.issueId(), i.issueKey())).toList();
        TriageRow t = row.triage();
        CardTriage kept = t == null ? CardTriage.untriaged(c.id()) : new CardTriage(c.id(), t.ownerKey(),
                new CardTriage.Scores(t.impact(), t.feasibility(), t.reach(), t.riceImpact(), t.effort()));
        List<Undoable.KeptComment> comments = (row.comments() == null ? List.<CommentRow>of() : row.comments()).stream()
                .map(k -> new Undoable.KeptComment(k.authorKey(), k.text(), Instant.parse(k.createdAt()),
                        k.editedAt() == null ? null : Instant.parse(k.editedAt()))).toList();
        return new Undoable.DeletedCard(restored, contents, linked, kept, comments);
    }

    private static EvidenceRow evidenceRow(Evidence.Content e) {
        return new EvidenceRow(e.type().key(), e.quantitative(), e.customersAffected(), e.sourceUrl(), e.quote(),
                e.date() == null ? null : e.date().toString(), e.assumption());
    }

    private static Evidence.Content content(EvidenceRow e) {
        return new Evidence.Content(EvidenceType.fromKey(e.type()), e.quantitative(), e.customersAffected(), e.sourceUrl(), e.quote(),
                e.date() == null ? null : LocalDate.parse(e.date()), Boolean.TRUE.equals(e.assumption()));
    }

    private static String key(Channel channel) {
        return channel == null ? null : channel.key();
    }

    private static Channel channel(String key) {
        return key == null ? null : Channel.fromKey(key);
    }
}

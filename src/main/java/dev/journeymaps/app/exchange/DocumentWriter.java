package dev.journeymaps.app.exchange;

import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.comments.CardComment;
import dev.journeymaps.domain.board.Evidence;
import dev.journeymaps.domain.board.JourneyMap;
import dev.journeymaps.domain.board.Lane;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.Persona;
import dev.journeymaps.domain.board.Stage;
import dev.journeymaps.domain.history.ReviewCadence;
import dev.journeymaps.domain.history.Snapshot;
import dev.journeymaps.domain.stewardship.CardTriage;
import dev.journeymaps.domain.stewardship.ScoringMethod;
import dev.journeymaps.domain.work.IssueLink;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns a board, its triage, scoring method, links, review cadence and snapshots (oldest first) into the exchange document's map, cards in board order. */
final class DocumentWriter {
    private DocumentWriter() {
    }

    static ExchangeDocument.MapDoc map(MapBoard board, Map<Long, CardTriage> triage, ScoringMethod method, List<IssueLink> links,
                                       List<Persona> personas, Optional<ReviewCadence> cadence, List<Snapshot> snapshots,
                                       Map<Long, List<CardComment>> comments) {
        JourneyMap map = board.map();
        List<Long> stageIds = board.stages().stream().map(Stage::id).toList();
        List<Long> laneIds = board.lanes().stream().map(Lane::id).toList();
        List<ExchangeDocument.CardDoc> cards = new ArrayList<>();
        List<Card> ordered = board.cards().stream()
                .sorted(Comparator.comparingInt((Card c) -> stageIds.indexOf(c.stageId()))
                        .thenComparingInt(c -> laneIds.indexOf(c.laneId())).thenComparingInt(Card::position).thenComparingLong(Card::id))
                .toList();
        ordered.forEach(card -> cards.add(card(board, card, stageIds, laneIds, triage.get(card.id()), links,
                comments.getOrDefault(card.id(), List.of()))));
        String persona = personas.stream().filter(p -> map.personaId() != null && p.id() == map.personaId()).map(Persona::name)
                .findFirst().orElse(null);
        return new ExchangeDocument.MapDoc(map.title(), map.type().key(), map.ownerKey(), persona,
                new ExchangeDocument.ScopeDoc(map.scope().persona(), map.scope().journey(), map.scope().goal(), map.scope().purpose()),
                method.key(), board.stages().stream().map(Stage::name).toList(),
                board.lanes().stream().map(l -> new ExchangeDocument.LaneDoc(l.kind().key(), l.title(), l.hidden())).toList(), cards,
                HistoryDocs.review(cadence), HistoryDocs.snapshots(snapshots, ordered.stream().map(Card::id).toList()));
    }

    private static ExchangeDocument.CardDoc card(MapBoard board, Card card, List<Long> stageIds, List<Long> laneIds, CardTriage triage,
                                                 List<IssueLink> links, List<CardComment> comments) {
        CardTriage.Scores s = triage == null ? CardTriage.Scores.NONE : triage.scores();
        boolean actionable = board.isActionable(card);
        return new ExchangeDocument.CardDoc(stageIds.indexOf(card.stageId()), laneIds.indexOf(card.laneId()), card.text(),
                card.details(), card.emotion(), card.channel() == null ? null : card.channel().key(),
                actionable && triage != null ? triage.ownerKey() : "",
                actionable ? new ExchangeDocument.ScoresDoc(s.impact(), s.feasibility(), s.reach(), s.riceImpact(), s.effort()) : null,
                board.evidenceFor(card.id()).stream().map(DocumentWriter::evidence).toList(),
                links.stream().filter(l -> l.cardId() == card.id()).sorted(Comparator.comparingLong(IssueLink::issueId))
                        .map(l -> l.isUnresolved() ? new ExchangeDocument.LinkDoc(-l.issueId(), l.issueKey(), true)
                                : new ExchangeDocument.LinkDoc(l.issueId(), l.issueKey())).toList(),
                comments.isEmpty() ? null : comments.stream().map(c -> new ExchangeDocument.CommentDoc(c.authorKey(), c.text().raw(),
                        c.createdAt().toString(), c.editedAt() == null ? null : c.editedAt().toString())).toList());
    }

    private static ExchangeDocument.EvidenceDoc evidence(Evidence e) {
        Evidence.Content c = e.content();
        return new ExchangeDocument.EvidenceDoc(c.type().key(), c.quantitative(), c.customersAffected(), c.sourceUrl(), c.quote(),
                c.date() == null ? null : c.date().toString(), c.assumption() ? Boolean.TRUE : null);
    }

    static ExchangeDocument.PersonaDoc persona(Persona p) {
        return new ExchangeDocument.PersonaDoc(p.name(), p.content().description(), p.content().goals(), p.content().frustrations());
    }
}

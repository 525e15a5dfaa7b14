package dev.journeymaps.app.exchange;

import dev.journeymaps.app.board.MapRepository;
import dev.journeymaps.app.comments.CommentRepository;
import dev.journeymaps.domain.comments.CardComment;
import dev.journeymaps.domain.comments.CommentText;
import dev.journeymaps.app.history.ReviewRepository;
import dev.journeymaps.app.history.SnapshotRepository;
import dev.journeymaps.app.stewardship.TriageRepository;
import dev.journeymaps.app.work.IssueLinks;
import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.Channel;
import dev.journeymaps.domain.board.JourneyMap;
import dev.journeymaps.domain.board.Lane;
import dev.journeymaps.domain.board.LaneKind;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.MapDetails;
import dev.journeymaps.domain.board.MapTemplate;
import dev.journeymaps.domain.board.MapType;
import dev.journeymaps.domain.board.Persona;
import dev.journeymaps.domain.board.ScopeCard;
import dev.journeymaps.domain.history.Snapshot;
import dev.journeymaps.domain.stewardship.CardTriage;
import dev.journeymaps.domain.stewardship.ScoringMethod;
import dev.journeymaps.domain.work.IssueLink;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one checked map of a document through the store's write ports: the map with its stages and lanes (as a
 * template), then one versioned change with its cards, evidence, triage, scoring method, issue links, review cadence and snapshots.
 */
final class MapImport {
    private final MapRepository maps;
    private final TriageRepository triage;
    private final IssueLinks links;
    private final ReviewRepository reviews;
    private final SnapshotRepository snapshots;
    private final CommentRepository comments;

    MapImport(MapRepository maps, TriageRepository triage, IssueLinks links, ReviewRepository reviews, SnapshotRepository snapshots,
              CommentRepository comments) {
        this.maps = maps;
        this.triage = triage;
        this.links = links;
        this.reviews = reviews;
        this.snapshots = snapshots;
        this.comments = comments;
    }

    JourneyMap create(String projectKey, ExchangeDocument.MapDoc doc, List<Persona> personas, String actorKey, Instant now) {
        ExchangeDocument.ScopeDoc s = doc.scope();
        Long personaId = personas.stream().filter(p -> p.name().equals(doc.persona())).map(Persona::id).findFirst().orElse(null);
        MapDetails details = new MapDetails(doc.title(), MapType.fromKey(doc.type()),
                s == null ? ScopeCard.EMPTY : new ScopeCard(s.persona(), s.journey(), s.goal(), s.purpose()), doc.owner(), personaId);
        List<ExchangeDocument.LaneDoc> laneDocs = doc.lanes() == null ? List.of() : doc.lanes();
        MapTemplate template = new MapTemplate(doc.stages() == null ? List.of() : doc.stages(),
                laneDocs.stream().map(l -> new MapTemplate.LaneSpec(LaneKind.fromKey(l.kind()), l.title())).toList());
        JourneyMap map = maps.createMap(projectKey, details, template, actorKey, now);
        MapBoard board = maps.loadBoard(map.id()).orElseThrow();
        ScoringMethod method = doc.scoringMethod() == null ? ScoringMethod.IMPACT_FEASIBILITY : ScoringMethod.fromKey(doc.scoringMethod());
        maps.change(map.id(), map.version(), actorKey, now, writer -> {
            for (int i = 0; i < laneDocs.size(); i++) {
                if (laneDocs.get(i).hidden()) {
                    writer.updateLane(board.lanes().get(i).hidden(true));
                }
            }
            Map<String, Integer> positions = new HashMap<>();
            List<Long> cardIds = new ArrayList<>();
            for (ExchangeDocument.CardDoc card : doc.cards() == null ? List.<ExchangeDocument.CardDoc>of() : doc.cards()) {
                Lane lane = board.lanes().get(card.lane());
                long stageId = board.stages().get(card.stage()).id();
                int position = positions.merge(card.stage() + ":" + card.lane(), 1, Integer::sum) - 1;
                long cardId = writer.insertCard(lane.id(), stageId, position, new Card.Content(card.text(), card.details(),
                        card.emotion(), card.channel() == null ? null : Channel.fromKey(card.channel())));
                cardIds.add(cardId);
                for (ExchangeDocument.EvidenceDoc e : card.evidence() == null ? List.<ExchangeDocument.EvidenceDoc>of() : card.evidence()) {
                    writer.insertEvidence(cardId, DocumentCheck.content(e));
                }
                ExchangeDocument.ScoresDoc sc = card.scores();
                if (sc != null && lane.kind().isActionable()) {
                    triage.saveTriage(map.id(), new CardTriage(cardId, card.owner(),
                            new CardTriage.Scores(sc.impact(), sc.feasibility(), sc.reach(), sc.riceImpact(), sc.effort())));
                }
                for (ExchangeDocument.LinkDoc link : card.links() == null ? List.<ExchangeDocument.LinkDoc>of() : card.links()) {
                    // an unresolved link is kept under the negative of the old site's id: no Jira issue has one
                    links.add(new IssueLink(map.id(), cardId, link.keptUnresolved() ? IssueLink.unresolvedId(link.issueId())
                            : link.issueId(), link.issueKey(), actorKey, now));
                }
                // comments keep their author and times; an import tells nobody (no "For you" notices)
                for (ExchangeDocument.CommentDoc c : card.comments() == null ? List.<ExchangeDocument.CommentDoc>of() : card.comments()) {
                    CommentText text = CommentText.validated(c.text());
                    CardComment added = comments.add(map.id(), cardId, c.author(), text, Instant.parse(c.createdAt()));
                    if (c.editedAt() != null) {
                        comments.update(added.id(), text, Instant.parse(c.editedAt()));
                    }
                }
            }
            if (method != ScoringMethod.IMPACT_FEASIBILITY) {
                triage.saveScoringMethod(map.id(), method);
            }
            if (doc.review() != null) {
                reviews.saveCadence(map.id(), HistoryDocs.cadence(doc.review()));
            }
            for (ExchangeDocument.SnapshotDoc taken : doc.snapshots()) {
                Snapshot snapshot = HistoryDocs.snapshot(taken, cardIds);
                snapshots.saveSnapshot(map.id(), snapshot.mapVersion(), snapshot.takenAt(), snapshot.takenBy(), snapshot.label(),
                        snapshot.content());
            }
            return null;
        });
        return map;
    }
}

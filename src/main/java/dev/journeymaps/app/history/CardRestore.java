package dev.journeymaps.app.history;

import dev.journeymaps.app.board.CardWriter;
import dev.journeymaps.app.board.MapWriter;
import dev.journeymaps.app.comments.CommentRepository;
import dev.journeymaps.app.stewardship.TriageRepository;
import dev.journeymaps.app.work.IssueLinks;
import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.Evidence;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.comments.CardComment;
import dev.journeymaps.domain.comments.CommentText;
import dev.journeymaps.domain.history.Undoable;
import dev.journeymaps.domain.stewardship.CardTriage;
import dev.journeymaps.domain.work.IssueLink;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Keeps cards with everything that hangs on them before they are deleted, and puts them all back for an undo. */
final class CardRestore {
    private final IssueLinks links;
    private final TriageRepository triage;
    private final CommentRepository comments;

    /** @param comments where cards' comments are (null: a host without comments; none are kept) */
    CardRestore(IssueLinks links, TriageRepository triage, CommentRepository comments) {
        this.links = links;
        this.triage = triage;
        this.comments = comments;
    }

    /** One card: reads only its own links, triage and comments (a one-card write never reads the map's). */
    Undoable.DeletedCard capture(MapBoard board, Card card) {
        long mapId = board.map().id();
        List<Undoable.LinkedIssue> issues = links.ofCard(mapId, card.id()).stream()
                .map(link -> new Undoable.LinkedIssue(link.issueId(), link.issueKey())).toList();
        return deleted(board, card, issues, triage.triageOf(mapId, card.id()).orElse(CardTriage.untriaged(card.id())),
                comments == null ? List.of() : kept(comments.ofCard(mapId, card.id())));
    }

    private static List<Undoable.KeptComment> kept(List<CardComment> of) {
        return of.stream().map(c -> new Undoable.KeptComment(c.authorKey(), c.text().raw(), c.createdAt(), c.editedAt())).toList();
    }

    /** Every card of a stage or lane, with the map's links and triage read once (one query each). */
    List<Undoable.DeletedCard> captureAll(MapBoard board, Predicate<Card> which) {
        long mapId = board.map().id();
        List<Card> cards = board.cards().stream().filter(which).toList();
        if (cards.isEmpty()) {
            return List.of();
        }
        Map<Long, List<IssueLink>> linked = links.ofMap(mapId).stream().collect(Collectors.groupingBy(IssueLink::cardId));
        Map<Long, CardTriage> triaged = triage.triage(mapId);
        Map<Long, List<CardComment>> commented = comments == null ? Map.of()
                : comments.ofMap(mapId).stream().collect(Collectors.groupingBy(CardComment::cardId));
        return cards.stream().map(card -> deleted(board, card,
                linked.getOrDefault(card.id(), List.of()).stream().map(l -> new Undoable.LinkedIssue(l.issueId(), l.issueKey())).toList(),
                triaged.getOrDefault(card.id(), CardTriage.untriaged(card.id())),
                kept(commented.getOrDefault(card.id(), List.of())))).toList();
    }

    private static Undoable.DeletedCard deleted(MapBoard board, Card card, List<Undoable.LinkedIssue> issues, CardTriage scores,
                                                List<Undoable.KeptComment> comments) {
        List<Evidence.Content> evidence = board.evidenceFor(card.id()).stream().map(Evidence::content).toList();
        return new Undoable.DeletedCard(card, evidence, issues, scores, comments);
    }

    /**
     * The card back in its cell at its old place (its old rank, in the cell's order as it is inside this change; the
     * cards below it come after it, normally without being written). Returns the new id.
     */
    long putBack(MapWriter writer, MapBoard board, Undoable.DeletedCard deleted, String by, Instant now) {
        Card card = deleted.card();
        board.requireCell(card.laneId(), card.stageId());
        int key = writer.makeRoom(card.laneId(), card.stageId(), CardWriter.NEW_CARD, card.position());
        return insert(writer, board.map().id(), card.laneId(), card.stageId(), key, deleted, by, now);
    }

    /** Cards of a deleted stage or lane into their restored (empty) cells, each at its old place (its rank is a valid key). */
    void putBackAll(MapWriter writer, long mapId, List<Undoable.DeletedCard> cards, Long laneId, Long stageId, String by, Instant now) {
        cards.stream().sorted(Comparator.comparingInt(d -> d.card().position())).forEach(deleted -> insert(writer, mapId,
                laneId == null ? deleted.card().laneId() : laneId, stageId == null ? deleted.card().stageId() : stageId,
                deleted.card().position(), deleted, by, now));
    }

    /** Cards of a snapshot into the map's new stages and lanes ({@code lanes}/{@code stages}: old id to new id), each at its place. */
    void putBackAll(MapWriter writer, long mapId, List<Undoable.DeletedCard> cards, Map<Long, Long> lanes, Map<Long, Long> stages,
                    String by, Instant now) {
        cards.stream().sorted(Comparator.comparingInt(d -> d.card().position())).forEach(deleted -> insert(writer, mapId,
                lanes.get(deleted.card().laneId()), stages.get(deleted.card().stageId()), deleted.card().position(), deleted, by, now));
    }

    private long insert(MapWriter writer, long mapId, long laneId, long stageId, int key, Undoable.DeletedCard deleted,
                        String by, Instant now) {
        long id = writer.insertCard(laneId, stageId, key, deleted.card().content());
        deleted.evidence().forEach(evidence -> writer.insertEvidence(id, evidence));
        deleted.issues().forEach(issue -> links.add(new IssueLink(mapId, id, issue.issueId(), issue.issueKey(), by, now)));
        CardTriage kept = deleted.triage();
        if (kept.isOwned() || !kept.scores().equals(CardTriage.Scores.NONE)) {
            triage.saveTriage(mapId, new CardTriage(id, kept.ownerKey(), kept.scores()));
        }
        for (Undoable.KeptComment comment : comments == null ? List.<Undoable.KeptComment>of() : deleted.comments()) {
            // as written, by their authors, at their times (who was told about them is not brought back)
            CardComment back = comments.add(mapId, id, comment.authorKey(), new CommentText(comment.text()), comment.createdAt());
            if (comment.editedAt() != null) {
                comments.update(back.id(), back.text(), comment.editedAt());
            }
        }
        return id;
    }
}

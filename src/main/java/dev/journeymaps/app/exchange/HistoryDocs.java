package dev.journeymaps.app.exchange;

import dev.journeymaps.domain.ValidationException;
import dev.journeymaps.domain.history.ReviewCadence;
import dev.journeymaps.domain.history.Snapshot;
import dev.journeymaps.domain.history.SnapshotCard;
import dev.journeymaps.domain.history.SnapshotContent;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A map's review cadence and snapshots in the exchange document and back. Snapshot cards name their card by its index
 * in the map's cards; a card no longer on the map gets a negative number, the same in every snapshot of the map (by
 * first appearance, oldest snapshot first), and is stored under that number on import (no card has a negative id), so
 * snapshots still compare with each other card by card after a move.
 */
final class HistoryDocs {
    private HistoryDocs() {
    }

    static ExchangeDocument.ReviewDoc review(Optional<ReviewCadence> cadence) {
        return cadence.map(c -> new ExchangeDocument.ReviewDoc(c.intervalDays(),
                c.lastReviewedAt() == null ? null : c.lastReviewedAt().toString(), c.lastReviewedBy())).orElse(null);
    }

    /** {@code snapshots} oldest first with their content; {@code cardIds} the map's card ids in document order. */
    static List<ExchangeDocument.SnapshotDoc> snapshots(List<Snapshot> snapshots, List<Long> cardIds) {
        Map<Long, Integer> refs = new HashMap<>();
        int[] gone = {0};
        for (int i = 0; i < cardIds.size(); i++) {
            refs.put(cardIds.get(i), i);
        }
        List<ExchangeDocument.SnapshotDoc> docs = new ArrayList<>();
        for (Snapshot s : snapshots) {
            SnapshotContent c = s.content();
            List<ExchangeDocument.SnapshotCardDoc> cards = c.cards().stream().map(card -> new ExchangeDocument.SnapshotCardDoc(
                    refs.computeIfAbsent(card.cardId(), id -> -++gone[0]),
                    card.text(), card.details(), card.laneKind(), card.laneTitle(), card.stageName(), card.ownerKey(), card.impact(),
                    card.feasibility(), card.score(), card.formula(), card.status(), card.emotion())).toList();
            docs.add(new ExchangeDocument.SnapshotDoc(s.mapVersion(), s.takenAt().toString(), s.takenBy(), s.label(), c.title(),
                    c.type(), c.version(), c.scoringMethod(), c.stages(), c.lanes(), cards, c.emotions()));
        }
        return docs;
    }

    static ReviewCadence cadence(ExchangeDocument.ReviewDoc review) {
        return new ReviewCadence(ReviewCadence.validInterval(review.intervalDays()), instant(review.lastReviewedAt(), "lastReviewedAt"),
                review.lastReviewedBy());
    }

    /** The snapshot as stored on the target: card references become the imported cards' ids (or stay negative). */
    static Snapshot snapshot(ExchangeDocument.SnapshotDoc s, List<Long> cardIds) {
        Snapshot.validLabel(s.label());
        Instant takenAt = instant(s.takenAt(), "takenAt");
        if (takenAt == null) {
            throw ValidationException.field("takenAt", "When the snapshot was taken is missing.");
        }
        List<SnapshotCard> cards = new ArrayList<>();
        for (ExchangeDocument.SnapshotCardDoc c : s.cards() == null ? List.<ExchangeDocument.SnapshotCardDoc>of() : s.cards()) {
            if (c == null || c.card() == null || c.card() >= cardIds.size()) {
                throw ValidationException.field("cards", "A snapshot card names a card the map does not have.");
            }
            long id = c.card() >= 0 ? cardIds.get(c.card()) : c.card();
            cards.add(new SnapshotCard(id, c.text(), c.details(), c.laneKind(), c.laneTitle(), c.stageName(), c.owner(), c.impact(),
                    c.feasibility(), c.score(), c.formula(), c.status(), c.emotion()));
        }
        SnapshotContent content = new SnapshotContent(s.title(), s.type(), s.version(), s.scoringMethod(),
                s.stages() == null ? List.of() : s.stages(), s.lanes() == null ? List.of() : s.lanes(), cards, s.emotions());
        return new Snapshot(0, 0, s.mapVersion(), takenAt, s.takenBy(), s.label(), content);
    }

    private static Instant instant(String value, String field) {
        try {
            return value == null || value.isEmpty() ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ValidationException.field(field, "A moment is written 2026-11-30T09:15:00Z.");
        }
    }
}

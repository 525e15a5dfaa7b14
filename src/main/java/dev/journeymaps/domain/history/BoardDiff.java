package dev.journeymaps.domain.history;

import dev.journeymaps.domain.stewardship.Score;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What changed between two states of a board: cards added, removed, and changed (field by field).
 * Within one map cards are matched by id, so an edited card is a change; across maps (a current-state map
 * and its future-state map) ids differ, so cards match by text, lane kind and stage name.
 */
public record BoardDiff(List<SnapshotCard> added, List<SnapshotCard> removed, List<CardChange> changed) {

    public BoardDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    /** One field of a card that differs: its name and both values as text ("" for none). */
    public record FieldChange(String field, String before, String after) {
    }

    public record CardChange(SnapshotCard before, SnapshotCard after, List<FieldChange> changes) {
        public CardChange {
            changes = List.copyOf(changes);
        }
    }

    /** One map at two moments: every field of a card counts, scores, owners and linked work included. */
    public static BoardDiff byCardId(SnapshotContent from, SnapshotContent to) {
        return diff(from, to, SnapshotCard::cardId, true);
    }

    /**
     * Two maps (a current state and its future state): cards match by text, lane kind and stage, and only the
     * journey counts (text, details, lane, stage). Scores, owners and linked work belong to each map's own plan:
     * a future-state map starts without them, and listing every card as "changed" for that would bury the news.
     */
    public static BoardDiff byContent(SnapshotContent from, SnapshotContent to) {
        return diff(from, to, card -> List.of(normal(card.text()), card.laneKind(), normal(card.stageName())), false);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    private static BoardDiff diff(SnapshotContent from, SnapshotContent to, Function<SnapshotCard, Object> key, boolean plan) {
        Map<Object, Deque<SnapshotCard>> before = new LinkedHashMap<>();
        for (SnapshotCard card : from.cards()) {
            before.computeIfAbsent(key.apply(card), k -> new ArrayDeque<>()).add(card);
        }
        List<SnapshotCard> added = new ArrayList<>();
        List<CardChange> changed = new ArrayList<>();
        for (SnapshotCard after : to.cards()) {
            Deque<SnapshotCard> candidates = before.get(key.apply(after));
            SnapshotCard match = candidates == null ? null : candidates.pollFirst();
            if (match == null) {
                added.add(after);
                continue;
            }
            List<FieldChange> changes = changes(match, after, plan, from.emotions() && to.emotions());
            if (!changes.isEmpty()) {
                changed.add(new CardChange(match, after, changes));
            }
        }
        List<SnapshotCard> removed = before.values().stream().flatMap(Deque::stream).toList();
        return new BoardDiff(added, removed, changed);
    }

    private static List<FieldChange> changes(SnapshotCard a, SnapshotCard b, boolean plan, boolean emotions) {
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, "text", a.text(), b.text());
        compare(changes, "details", a.details(), b.details());
        compare(changes, "lane", a.laneTitle(), b.laneTitle());
        compare(changes, "stage", a.stageName(), b.stageName());
        if (emotions) {
            compare(changes, "emotion", signed(a.emotion()), signed(b.emotion()));
        }
        if (!plan) {
            return changes;
        }
        compare(changes, "owner", a.ownerKey(), b.ownerKey());
        compare(changes, "impact", a.impact(), b.impact());
        compare(changes, "feasibility", a.feasibility(), b.feasibility());
        compare(changes, "score", a.score() == null ? null : Score.plain(a.score()), b.score() == null ? null : Score.plain(b.score()));
        compare(changes, "status", a.status(), b.status());
        return changes;
    }

    /** An emotion score as the board shows it: "+2", "0", "-1". */
    private static String signed(Integer emotion) {
        return emotion == null ? null : emotion > 0 ? "+" + emotion : String.valueOf(emotion);
    }

    private static void compare(List<FieldChange> changes, String field, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            changes.add(new FieldChange(field, a == null ? "" : a.toString(), b == null ? "" : b.toString()));
        }
    }

    private static String normal(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

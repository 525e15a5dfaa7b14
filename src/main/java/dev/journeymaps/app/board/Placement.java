package dev.journeymaps.app.board;

import dev.journeymaps.domain.board.Lane;
import dev.journeymaps.domain.board.Stage;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * Writes the positions that an ordering changed, and nothing else: a move touches only the rows that moved. Stages
 * and lanes (a few dozen per map) keep dense positions; cards keep sparse sort keys per cell ({@link #room}), so a
 * card move or insert normally writes one card row whatever the size of its cell.
 */
final class Placement {
    private Placement() {
    }

    /** Writes the position of every stage whose place changed; {@code added} is a just-inserted stage (or null). */
    static void stages(StageWriter writer, List<Stage> stages, List<Long> order, Stage added) {
        siblings(stages, order, added, Stage::id, Stage::position, Stage::at, writer::updateStage);
    }

    /** The same for lanes. */
    static void lanes(LaneWriter writer, List<Lane> lanes, List<Long> order, Lane added) {
        siblings(lanes, order, added, Lane::id, Lane::position, Lane::at, writer::updateLane);
    }

    /**
     * Stages and lanes are ordered the same way: every sibling whose position changed is written; a just-added
     * one (inserted last) only when the order puts it elsewhere.
     */
    private static <T> void siblings(List<T> siblings, List<Long> order, T added, ToLongFunction<T> id,
                                     ToIntFunction<T> position, BiFunction<T, Integer, T> at, Consumer<T> update) {
        for (int place = 0; place < order.size(); place++) {
            long next = order.get(place);
            if (added != null && next == id.applyAsLong(added)) {
                if (place != siblings.size()) {
                    update.accept(at.apply(added, place));
                }
                continue;
            }
            for (T sibling : siblings) {
                if (id.applyAsLong(sibling) == next && position.applyAsInt(sibling) != place) {
                    update.accept(at.apply(sibling, place));
                }
            }
        }
    }

    /** The space a renumbered cell leaves between neighbours: room for 16 halvings before the next renumbering. */
    static final int GAP = 1 << 16;

    /** Where a card goes: its sort key, and the other cards' new keys when the cell had to be renumbered (else none). */
    record Room(int key, List<CardWriter.Slot> renumbered) {
    }

    /**
     * The sort key for {@code cardId} at {@code index} (clamped) of {@code cell} (ordered by key, then id; the card
     * itself, if there, does not count): between its new neighbours when there is room (first: below the first; last:
     * above the last; empty cell: 0), else the whole cell renumbered 0, GAP, 2·GAP … in its new order.
     */
    static Room room(List<CardWriter.Slot> cell, long cardId, int index) {
        List<CardWriter.Slot> others = cell.stream().filter(slot -> slot.id() != cardId).toList();
        int at = Math.max(0, Math.min(index, others.size()));
        Long below = at > 0 ? (long) others.get(at - 1).key() : null;
        Long above = at < others.size() ? (long) others.get(at).key() : null;
        long key;
        if (below == null && above == null) {
            key = 0;
        } else if (below == null) {
            key = above - GAP;
        } else if (above == null) {
            key = below + GAP;
        } else {
            key = above - below >= 2 ? below + (above - below) / 2 : Long.MIN_VALUE;
        }
        if (key >= Integer.MIN_VALUE && key <= Integer.MAX_VALUE) {
            return new Room((int) key, List.of());
        }
        return renumbered(others, at);
    }

    /** Every card of the cell a fresh key, in order, the placed one at {@code at}; only changed keys are returned. */
    private static Room renumbered(List<CardWriter.Slot> others, int at) {
        int gap = (int) Math.min(GAP, Integer.MAX_VALUE / (others.size() + 1L));
        List<CardWriter.Slot> changed = new java.util.ArrayList<>();
        for (int i = 0; i < others.size(); i++) {
            int key = (i < at ? i : i + 1) * gap;
            if (others.get(i).key() != key) {
                changed.add(new CardWriter.Slot(others.get(i).id(), key));
            }
        }
        return new Room(at * gap, List.copyOf(changed));
    }

    static List<Long> stageIds(List<Stage> stages) {
        return stages.stream().map(Stage::id).toList();
    }

    static List<Long> laneIds(List<Lane> lanes) {
        return lanes.stream().map(Lane::id).toList();
    }

}

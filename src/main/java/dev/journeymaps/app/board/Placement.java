package dev.journeymaps.app.board;

import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.Lane;
import dev.journeymaps.domain.board.Stage;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/** Writes the positions that an ordering changed, and nothing else: a move touches only the rows that moved. */
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

    /**
     * Writes cards of one cell in {@code order}, read inside the change ({@link CardWriter#cardsIn}) so positions stay
     * 0…n-1 whatever other writers did before. {@code arriving} is a card entering the cell (or being placed within
     * it); it is always written whole so its lane, stage and attributes are stored too. The others only get their
     * position written, never their content (another writer may have just edited it).
     */
    static void cards(CardWriter writer, List<Card> cell, Card arriving, List<Long> order) {
        for (int position = 0; position < order.size(); position++) {
            long id = order.get(position);
            if (arriving != null && id == arriving.id()) {
                writer.updateCard(arriving.at(arriving.laneId(), arriving.stageId(), position));
                continue;
            }
            for (Card card : cell) {
                if (card.id() == id && card.position() != position) {
                    writer.placeCard(card.id(), card.laneId(), card.stageId(), position);
                }
            }
        }
    }

    static List<Long> stageIds(List<Stage> stages) {
        return stages.stream().map(Stage::id).toList();
    }

    static List<Long> laneIds(List<Lane> lanes) {
        return lanes.stream().map(Lane::id).toList();
    }

    static List<Long> cardIds(List<Card> cards) {
        return cards.stream().map(Card::id).toList();
    }
}

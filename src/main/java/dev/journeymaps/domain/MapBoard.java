package dev.journeymaps.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A whole map: its header, ordered stages and lanes, and every card. Immutable; the unit of loading.
 * Placement rules that span entities (a card's lane and stage belong to its map) live here.
 */
public record MapBoard(JourneyMap map, List<Stage> stages, List<Lane> lanes, List<Card> cards) {

    public MapBoard {
        stages = stages.stream().sorted(Comparator.comparingInt(Stage::position).thenComparingLong(Stage::id)).toList();
        lanes = lanes.stream().sorted(Comparator.comparingInt(Lane::position).thenComparingLong(Lane::id)).toList();
        cards = cards.stream().sorted(Comparator.comparingInt(Card::position).thenComparingLong(Card::id)).toList();
    }

    public long version() {
        return map.version();
    }

    /** Cards of one cell, in order. */
    public List<Card> cardsIn(long laneId, long stageId) {
        return cards.stream().filter(card -> card.isIn(laneId, stageId)).toList();
    }

    public List<Card> cardsInStage(long stageId) {
        return cards.stream().filter(card -> card.stageId() == stageId).toList();
    }

    public List<Card> cardsInLane(long laneId) {
        return cards.stream().filter(card -> card.laneId() == laneId).toList();
    }

    public Optional<Stage> stage(long stageId) {
        return stages.stream().filter(stage -> stage.id() == stageId).findFirst();
    }

    public Optional<Lane> lane(long laneId) {
        return lanes.stream().filter(lane -> lane.id() == laneId).findFirst();
    }

    public Optional<Card> card(long cardId) {
        return cards.stream().filter(card -> card.id() == cardId).findFirst();
    }

    /** Throws unless the lane and the stage both belong to this map. */
    public void requireCell(long laneId, long stageId) {
        new Violations()
                .check(lane(laneId).isPresent(), "laneId", "Lane " + laneId + " is not part of this map.")
                .check(stage(stageId).isPresent(), "stageId", "Stage " + stageId + " is not part of this map.")
                .throwIfAny();
    }

    public int countPainPoints() {
        return (int) cards.stream()
                .filter(card -> lane(card.laneId()).map(lane -> lane.kind() == LaneKind.PAIN_POINTS).orElse(false))
                .count();
    }
}

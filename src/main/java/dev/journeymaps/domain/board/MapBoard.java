package dev.journeymaps.domain.board;

import dev.journeymaps.domain.Violations;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A whole map: its header, ordered stages and lanes, every card and the evidence behind them. Immutable;
 * the unit of loading. Placement rules that span entities (a card's lane and stage belong to its map) live here.
 */
public record MapBoard(JourneyMap map, List<Stage> stages, List<Lane> lanes, List<Card> cards, List<Evidence> evidence) {

    public MapBoard {
        stages = stages.stream().sorted(Comparator.comparingInt(Stage::position).thenComparingLong(Stage::id)).toList();
        lanes = lanes.stream().sorted(Comparator.comparingInt(Lane::position).thenComparingLong(Lane::id)).toList();
        cards = cards.stream().sorted(Comparator.comparingInt(Card::position).thenComparingLong(Card::id)).toList();
        evidence = evidence.stream().sorted(Comparator.comparingLong(Evidence::id)).toList();
    }

    public MapBoard(JourneyMap map, List<Stage> stages, List<Lane> lanes, List<Card> cards) {
        this(map, stages, lanes, cards, List.of());
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

    public Optional<Evidence> evidence(long evidenceId) {
        return evidence.stream().filter(e -> e.id() == evidenceId).findFirst();
    }

    public List<Evidence> evidenceFor(long cardId) {
        return evidence.stream().filter(e -> e.cardId() == cardId).toList();
    }

    /** The kind of the lane a card is in (cards always sit in a lane of their map). */
    public LaneKind kindOf(Card card) {
        return lane(card.laneId()).map(Lane::kind).orElse(LaneKind.CUSTOM);
    }

    /** Pain points and opportunities: the cards evidence and work attach to. */
    public boolean isActionable(Card card) {
        return kindOf(card).isActionable();
    }

    /** A pain point or opportunity nobody has backed with evidence yet. */
    public boolean isAssumption(Card card) {
        return isActionable(card) && evidenceFor(card.id()).isEmpty();
    }

    /** Throws unless the lane and the stage both belong to this map. */
    public void requireCell(long laneId, long stageId) {
        new Violations()
                .check(lane(laneId).isPresent(), "laneId", "Lane " + laneId + " is not part of this map.")
                .check(stage(stageId).isPresent(), "stageId", "Stage " + stageId + " is not part of this map.")
                .throwIfAny();
    }

    public int countPainPoints() {
        return (int) cards.stream().filter(card -> kindOf(card) == LaneKind.PAIN_POINTS).count();
    }

    /** How much of the map rests on evidence: pain points and opportunities with at least one piece. */
    public Validation validation() {
        List<Card> actionable = cards.stream().filter(this::isActionable).toList();
        int backed = (int) actionable.stream().filter(card -> !evidenceFor(card.id()).isEmpty()).count();
        return new Validation(backed, actionable.size());
    }

    public EmotionCurve emotionCurve() {
        return EmotionCurve.of(this);
    }

    public ChannelSwitches channelSwitches() {
        return ChannelSwitches.of(this);
    }

    /** {@code backed} of {@code total} pain points and opportunities have evidence. */
    public record Validation(int backed, int total) {
        /** Whole percent, rounded down so "100%" means every one. */
        public int percent() {
            return total == 0 ? 0 : backed * 100 / total;
        }
    }
}

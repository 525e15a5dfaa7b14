package dev.journeymaps.domain.board;

import dev.journeymaps.domain.Violations;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A whole map: its header, ordered stages and lanes, every card and the evidence behind them. Immutable;
 * the unit of loading. Placement rules that span entities (a card's lane and stage belong to its map) live here.
 * Parts are indexed by id once, when the board is made, so look-ups inside loops over cards cost O(1).
 */
public final class MapBoard {
    private final JourneyMap map;
    private final List<Stage> stages;
    private final List<Lane> lanes;
    private final List<Card> cards;
    private final List<Evidence> evidence;
    private final Map<Long, Stage> stageById;
    private final Map<Long, Lane> laneById;
    private final Map<Long, Card> cardById;
    private final Map<Long, Evidence> evidenceById;
    private final Map<Long, List<Evidence>> evidenceByCard;
    private final Map<List<Long>, List<Card>> cardsByCell;

    public MapBoard(JourneyMap map, List<Stage> stages, List<Lane> lanes, List<Card> cards, List<Evidence> evidence) {
        this.map = map;
        this.stages = stages.stream().sorted(Comparator.comparingInt(Stage::position).thenComparingLong(Stage::id)).toList();
        this.lanes = lanes.stream().sorted(Comparator.comparingInt(Lane::position).thenComparingLong(Lane::id)).toList();
        this.cards = cards.stream().sorted(Comparator.comparingInt(Card::position).thenComparingLong(Card::id)).toList();
        this.evidence = evidence.stream().sorted(Comparator.comparingLong(Evidence::id)).toList();
        this.stageById = byId(this.stages, Stage::id);
        this.laneById = byId(this.lanes, Lane::id);
        this.cardById = byId(this.cards, Card::id);
        this.evidenceById = byId(this.evidence, Evidence::id);
        this.evidenceByCard = this.evidence.stream().collect(Collectors.groupingBy(Evidence::cardId, HashMap::new, Collectors.collectingAndThen(Collectors.toList(), List::copyOf)));
        this.cardsByCell = this.cards.stream().collect(Collectors.groupingBy(card -> List.of(card.laneId(), card.stageId()),
                HashMap::new, Collectors.collectingAndThen(Collectors.toList(), List::copyOf)));
    }

    public MapBoard(JourneyMap map, List<Stage> stages, List<Lane> lanes, List<Card> cards) {
        this(map, stages, lanes, cards, List.of());
    }

    private static <T> Map<Long, T> byId(List<T> parts, Function<T, Long> id) {
        Map<Long, T> index = new HashMap<>();
        parts.forEach(part -> index.putIfAbsent(id.apply(part), part));
        return index;
    }

    public JourneyMap map() {
        return map;
    }

    public List<Stage> stages() {
        return stages;
    }

    public List<Lane> lanes() {
        return lanes;
    }

    public List<Card> cards() {
        return cards;
    }

    public List<Evidence> evidence() {
        return evidence;
    }

    public long version() {
        return map.version();
    }

    /** Cards of one cell, in order. */
    public List<Card> cardsIn(long laneId, long stageId) {
        return cardsByCell.getOrDefault(List.of(laneId, stageId), List.of());
    }

    public List<Card> cardsInStage(long stageId) {
        return cards.stream().filter(card -> card.stageId() == stageId).toList();
    }

    public List<Card> cardsInLane(long laneId) {
        return cards.stream().filter(card -> card.laneId() == laneId).toList();
    }

    public Optional<Stage> stage(long stageId) {
        return Optional.ofNullable(stageById.get(stageId));
    }

    public Optional<Lane> lane(long laneId) {
        return Optional.ofNullable(laneById.get(laneId));
    }

    public Optional<Card> card(long cardId) {
        return Optional.ofNullable(cardById.get(cardId));
    }

    public Optional<Evidence> evidence(long evidenceId) {
        return Optional.ofNullable(evidenceById.get(evidenceId));
    }

    public List<Evidence> evidenceFor(long cardId) {
        return evidenceByCard.getOrDefault(cardId, List.of());
    }

    /** The kind of the lane a card is in (cards always sit in a lane of their map). */
    public LaneKind kindOf(Card card) {
        return lane(card.laneId()).map(Lane::kind).orElse(LaneKind.CUSTOM);
    }

    /** Pain points and opportunities: the cards evidence and work attach to. */
    public boolean isActionable(Card card) {
        return kindOf(card).isActionable();
    }

    /** A pain point or opportunity nobody has backed with validated evidence yet. */
    public boolean isAssumption(Card card) {
        return isActionable(card) && evidenceFor(card.id()).stream().noneMatch(e -> e.content().validatedEvidence());
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

    /** How much of the map rests on evidence: pain points and opportunities with at least one validated piece. */
    public Validation validation() {
        List<Card> actionable = cards.stream().filter(this::isActionable).toList();
        int backed = (int) actionable.stream().filter(card -> !isAssumption(card)).count();
        return new Validation(backed, actionable.size());
    }

    public EmotionCurve emotionCurve() {
        return EmotionCurve.of(this);
    }

    public ChannelSwitches channelSwitches() {
        return ChannelSwitches.of(this);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MapBoard board && map.equals(board.map) && stages.equals(board.stages)
                && lanes.equals(board.lanes) && cards.equals(board.cards) && evidence.equals(board.evidence);
    }

    @Override
    public int hashCode() {
        return Objects.hash(map, stages, lanes, cards, evidence);
    }

    @Override
    public String toString() {
        return "MapBoard[map=" + map + ", stages=" + stages + ", lanes=" + lanes + ", cards=" + cards + ", evidence=" + evidence + "]";
    }

    /** {@code backed} of {@code total} pain points and opportunities have evidence. */
    public record Validation(int backed, int total) {
        /** Whole percent, rounded down so "100%" means every one. */
        public int percent() {
            return total == 0 ? 0 : backed * 100 / total;
        }
    }
}

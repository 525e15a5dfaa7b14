package dev.journeymaps.domain.board;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the customer changes channel: touchpoints with a channel, taken in journey order (stage, then lane,
 * then position in the cell); a touchpoint on another channel than the one before it is a switch.
 */
public final class ChannelSwitches {
    private final Map<Long, Channel> previousByCard;

    private ChannelSwitches(Map<Long, Channel> previousByCard) {
        this.previousByCard = Map.copyOf(previousByCard);
    }

    public static ChannelSwitches of(MapBoard board) {
        Map<Long, Integer> stageOrder = new HashMap<>();
        board.stages().forEach(stage -> stageOrder.put(stage.id(), stageOrder.size()));
        Map<Long, Integer> laneOrder = new HashMap<>();
        board.lanes().forEach(lane -> laneOrder.put(lane.id(), laneOrder.size()));
        List<Card> touchpoints = board.cards().stream()
                .filter(card -> card.channel() != null && board.kindOf(card).carriesChannel())
                .sorted(Comparator.<Card>comparingInt(card -> stageOrder.getOrDefault(card.stageId(), 0))
                        .thenComparingInt(card -> laneOrder.getOrDefault(card.laneId(), 0))
                        .thenComparingInt(Card::position))
                .toList();
        Map<Long, Channel> switches = new HashMap<>();
        for (int i = 1; i < touchpoints.size(); i++) {
            Channel before = touchpoints.get(i - 1).channel();
            if (before != touchpoints.get(i).channel()) {
                switches.put(touchpoints.get(i).id(), before);
            }
        }
        return new ChannelSwitches(switches);
    }

    /** The channel the customer came from, if this card is where they switched. */
    public Optional<Channel> switchedFrom(long cardId) {
        return Optional.ofNullable(previousByCard.get(cardId));
    }

    public int count() {
        return previousByCard.size();
    }
}

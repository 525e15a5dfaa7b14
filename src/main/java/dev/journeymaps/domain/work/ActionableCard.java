package dev.journeymaps.domain.work;

import dev.journeymaps.domain.board.LaneKind;
import dev.journeymaps.domain.board.MapBoard;
import java.util.List;

/** A card work can be linked to (a pain point or an opportunity), with where it sits on its map. */
public record ActionableCard(long mapId, long cardId, long stageId, LaneKind kind) {

    public ActionableCard {
        if (kind == null || !kind.isActionable()) {
            throw new IllegalArgumentException("Only pain points and opportunities take linked work, not " + kind);
        }
    }

    /** The pain points and opportunities of a board, in board order. */
    public static List<ActionableCard> of(MapBoard board) {
        return board.cards().stream()
                .filter(card -> board.lane(card.laneId()).map(lane -> lane.kind() != null && lane.kind().isActionable()).orElse(false))
                .map(card -> new ActionableCard(card.mapId(), card.id(), card.stageId(), board.lane(card.laneId()).orElseThrow().kind()))
                .toList();
    }

    public boolean isPainPoint() {
        return kind == LaneKind.PAIN_POINTS;
    }
}

package dev.journeymaps.store.work;

import dev.journeymaps.store.AoSession;
import dev.journeymaps.store.InClause;
import dev.journeymaps.store.board.CardEntity;
import dev.journeymaps.store.board.LaneEntity;
import dev.journeymaps.app.work.ActionableCards;
import dev.journeymaps.domain.work.ActionableCard;
import dev.journeymaps.domain.board.LaneKind;
import net.java.ao.Query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Pain points and opportunities of many maps: two queries (lanes, then cards' id columns) per chunk of maps. */
public final class AoActionableCards implements ActionableCards {
    private final AoSession ao;

    public AoActionableCards(AoSession ao) {
        this.ao = ao;
    }

    @Override
    public List<ActionableCard> of(Collection<Long> mapIds) {
        return ao.inTransaction(() -> {
            List<ActionableCard> cards = new ArrayList<>();
            for (List<Long> chunk : InClause.chunks(mapIds)) {
                String inMaps = InClause.of("MAP_ID", chunk);
                Map<Long, LaneKind> actionableLanes = new HashMap<>();
                for (LaneEntity lane : ao.find(LaneEntity.class, Query.select("ID, MAP_ID, KIND").where(inMaps, chunk.toArray()))) {
                    LaneKind kind = LaneKind.fromKey(lane.getKind());
                    if (kind != null && kind.isActionable()) {
                        actionableLanes.put((long) lane.getID(), kind);
                    }
                }
                for (CardEntity card : ao.find(CardEntity.class,
                        Query.select("ID, MAP_ID, LANE_ID, STAGE_ID").where(inMaps, chunk.toArray()))) {
                    LaneKind kind = actionableLanes.get(card.getLaneId());
                    if (kind != null) {
                        cards.add(new ActionableCard(card.getMapId(), card.getID(), card.getStageId(), kind));
                    }
                }
            }
            return cards;
        });
    }
}

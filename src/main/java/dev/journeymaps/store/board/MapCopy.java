package dev.journeymaps.store.board;

import dev.journeymaps.app.board.MapWriter;
import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.Evidence;
import dev.journeymaps.domain.board.Lane;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.Stage;

import java.util.HashMap;
import java.util.Map;

/** Copies a map's stages, lanes (hidden or not), cards and evidence into a new map, keeping every order. */
final class MapCopy {
    private MapCopy() {
    }

    static void into(MapWriter writer, MapBoard source) {
        Map<Long, Long> stages = new HashMap<>();
        for (Stage stage : source.stages()) {
            stages.put(stage.id(), writer.insertStage(stage.name(), stage.position()));
        }
        Map<Long, Long> lanes = new HashMap<>();
        for (Lane lane : source.lanes()) {
            long id = writer.insertLane(lane.kind(), lane.title(), lane.position());
            lanes.put(lane.id(), id);
            if (lane.hidden()) {
                writer.updateLane(new Lane(id, -1, lane.kind(), lane.title(), lane.position(), true));
            }
        }
        Map<Long, Long> cards = new HashMap<>();
        for (Card card : source.cards()) {
            cards.put(card.id(), writer.insertCard(lanes.get(card.laneId()), stages.get(card.stageId()), card.position(), card.content()));
        }
        for (Evidence evidence : source.evidence()) {
            Long card = cards.get(evidence.cardId());
            if (card != null) {
                writer.insertEvidence(card, evidence.content());
            }
        }
    }
}

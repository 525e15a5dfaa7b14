package dev.journeymaps.app;

import dev.journeymaps.domain.Card;
import dev.journeymaps.domain.Lane;
import dev.journeymaps.domain.Stage;

import java.util.List;

/** Writes the positions that an ordering changed, and nothing else: a move touches only the rows that moved. */
final class Placement {
    private Placement() {
    }

    /** Writes the position of every stage whose place changed; {@code added} is a just-inserted stage (or null). */
    static void stages(MapWriter writer, List<Stage> stages, List<Long> order, Stage added) {
        for (int position = 0; position < order.size(); position++) {
            long id = order.get(position);
            if (added != null && id == added.id()) {
                if (position != stages.size()) {
                    writer.updateStage(new Stage(id, added.mapId(), added.name(), position));
                }
                continue;
            }
            for (Stage stage : stages) {
                if (stage.id() == id && stage.position() != position) {
                    writer.updateStage(new Stage(id, stage.mapId(), stage.name(), position));
                }
            }
        }
    }

    static void lanes(MapWriter writer, List<Lane> lanes, List<Long> order, Lane added) {
        for (int position = 0; position < order.size(); position++) {
            long id = order.get(position);
            if (added != null && id == added.id()) {
                if (position != lanes.size()) {
                    writer.updateLane(added.at(position));
                }
                continue;
            }
            for (Lane lane : lanes) {
                if (lane.id() == id && lane.position() != position) {
                    writer.updateLane(lane.at(position));
                }
            }
        }
    }

    /**
     * Writes cards of one cell in {@code order}. {@code arriving} is a card entering the cell (or being
     * placed within it); it is always written so its lane, stage and attributes are stored too.
     */
    static void cards(MapWriter writer, List<Card> cell, Card arriving, List<Long> order) {
        for (int position = 0; position < order.size(); position++) {
            long id = order.get(position);
            if (arriving != null && id == arriving.id()) {
                writer.updateCard(arriving.at(arriving.laneId(), arriving.stageId(), position));
                continue;
            }
            for (Card card : cell) {
                if (card.id() == id && card.position() != position) {
                    writer.updateCard(card.at(card.laneId(), card.stageId(), position));
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

package dev.journeymaps.app;

import dev.journeymaps.domain.Card;
import dev.journeymaps.domain.Lane;
import dev.journeymaps.domain.LaneKind;
import dev.journeymaps.domain.Limits;
import dev.journeymaps.domain.MapBoard;
import dev.journeymaps.domain.Ordering;
import dev.journeymaps.domain.Stage;
import dev.journeymaps.domain.ValidationException;

import java.time.Clock;
import java.util.List;

/**
 * Use cases that edit a map's grid: stages, lanes and cards. Every one quotes the map version it
 * read and returns the map as it is afterwards (with its new version).
 */
public class BoardEditor {
    private final MapRepository repository;
    private final MapAccess access;
    private final Clock clock;

    public BoardEditor(MapRepository repository, AccessPolicy policy, Clock clock) {
        this.repository = repository;
        this.access = new MapAccess(repository, policy);
        this.clock = clock;
    }

    // --- stages -----------------------------------------------------------------------------

    public Added addStage(Actor actor, long mapId, long version, String name, Integer index) {
        String valid = Stage.validName(name);
        MapBoard board = access.editable(actor, mapId, version);
        if (board.stages().size() >= Limits.STAGES_PER_MAP) {
            throw ValidationException.general("A map has at most " + Limits.STAGES_PER_MAP + " stages.");
        }
        return add(actor, board, writer -> {
            long id = writer.insertStage(valid, board.stages().size());
            reorderStages(writer, mapId, board.stages(), Ordering.moveTo(stageIds(board.stages()), id, at(index, board.stages().size())), id, valid);
            return id;
        });
    }

    public MapBoard renameStage(Actor actor, long mapId, long version, long stageId, String name) {
        String valid = Stage.validName(name);
        MapBoard board = access.editable(actor, mapId, version);
        Stage stage = board.stage(stageId).orElseThrow(() -> new NotFoundException("Stage " + stageId + " is not part of map " + mapId + "."));
        return write(actor, board, writer -> writer.updateStage(new Stage(stage.id(), mapId, valid, stage.position())));
    }

    public MapBoard moveStage(Actor actor, long mapId, long version, long stageId, int index) {
        MapBoard board = access.editable(actor, mapId, version);
        board.stage(stageId).orElseThrow(() -> new NotFoundException("Stage " + stageId + " is not part of map " + mapId + "."));
        return write(actor, board, writer ->
                reorderStages(writer, mapId, board.stages(), Ordering.moveTo(stageIds(board.stages()), stageId, index), -1, null));
    }

    /** Deletes the stage and its cards. */
    public MapBoard deleteStage(Actor actor, long mapId, long version, long stageId) {
        MapBoard board = access.editable(actor, mapId, version);
        board.stage(stageId).orElseThrow(() -> new NotFoundException("Stage " + stageId + " is not part of map " + mapId + "."));
        return write(actor, board, writer -> {
            writer.deleteStage(stageId);
            reorderStages(writer, mapId, board.stages(), Ordering.without(stageIds(board.stages()), stageId), -1, null);
        });
    }

    // --- lanes ------------------------------------------------------------------------------

    public Added addLane(Actor actor, long mapId, long version, LaneKind kind, String title, Integer index) {
        if (kind == null) {
            throw ValidationException.field("kind", "Choose the kind of lane.");
        }
        String valid = Lane.validTitle(title);
        MapBoard board = access.editable(actor, mapId, version);
        if (board.lanes().size() >= Limits.LANES_PER_MAP) {
            throw ValidationException.general("A map has at most " + Limits.LANES_PER_MAP + " lanes.");
        }
        return add(actor, board, writer -> {
            long id = writer.insertLane(kind, valid, board.lanes().size());
            reorderLanes(writer, mapId, board.lanes(), Ordering.moveTo(laneIds(board.lanes()), id, at(index, board.lanes().size())), id, kind, valid);
            return id;
        });
    }

    public MapBoard renameLane(Actor actor, long mapId, long version, long laneId, String title) {
        String valid = Lane.validTitle(title);
        MapBoard board = access.editable(actor, mapId, version);
        Lane lane = requireLane(board, laneId);
        return write(actor, board, writer -> writer.updateLane(new Lane(lane.id(), mapId, lane.kind(), valid, lane.position())));
    }

    public MapBoard moveLane(Actor actor, long mapId, long version, long laneId, int index) {
        MapBoard board = access.editable(actor, mapId, version);
        requireLane(board, laneId);
        return write(actor, board, writer ->
                reorderLanes(writer, mapId, board.lanes(), Ordering.moveTo(laneIds(board.lanes()), laneId, index), -1, null, null));
    }

    public MapBoard deleteLane(Actor actor, long mapId, long version, long laneId) {
        MapBoard board = access.editable(actor, mapId, version);
        requireLane(board, laneId);
        return write(actor, board, writer -> {
            writer.deleteLane(laneId);
            reorderLanes(writer, mapId, board.lanes(), Ordering.without(laneIds(board.lanes()), laneId), -1, null, null);
        });
    }

    // --- cards ------------------------------------------------------------------------------

    public Added addCard(Actor actor, long mapId, long version, long laneId, long stageId, Integer index, Card.Content content) {
        Card.Content valid = content.validated();
        MapBoard board = access.editable(actor, mapId, version);
        board.requireCell(laneId, stageId);
        if (board.cards().size() >= Limits.CARDS_PER_MAP) {
            throw ValidationException.general("A map has at most " + Limits.CARDS_PER_MAP + " cards.");
        }
        List<Card> cell = board.cardsIn(laneId, stageId);
        return add(actor, board, writer -> {
            long id = writer.insertCard(laneId, stageId, cell.size(), valid);
            Card added = new Card(id, mapId, laneId, stageId, cell.size(), valid.text(), valid.details());
            placeCards(writer, cell, added, Ordering.moveTo(cardIds(cell), id, at(index, cell.size())));
            return id;
        });
    }

    public MapBoard editCard(Actor actor, long mapId, long version, long cardId, Card.Content content) {
        Card.Content valid = content.validated();
        MapBoard board = access.editable(actor, mapId, version);
        Card card = requireCard(board, cardId);
        return write(actor, board, writer -> writer.updateCard(
                new Card(card.id(), mapId, card.laneId(), card.stageId(), card.position(), valid.text(), valid.details())));
    }

    /** Moves a card to a cell (possibly its own) at an index within it. */
    public MapBoard moveCard(Actor actor, long mapId, long version, long cardId, long laneId, long stageId, int index) {
        MapBoard board = access.editable(actor, mapId, version);
        Card card = requireCard(board, cardId);
        board.requireCell(laneId, stageId);
        List<Card> target = board.cardsIn(laneId, stageId);
        Card moved = new Card(card.id(), mapId, laneId, stageId, card.position(), card.text(), card.details());
        return write(actor, board, writer -> {
            if (!card.isIn(laneId, stageId)) {
                List<Card> source = board.cardsIn(card.laneId(), card.stageId());
                placeCards(writer, source, null, Ordering.without(cardIds(source), cardId));
            }
            placeCards(writer, target, moved, Ordering.moveTo(cardIds(target), cardId, index));
        });
    }

    public MapBoard deleteCard(Actor actor, long mapId, long version, long cardId) {
        MapBoard board = access.editable(actor, mapId, version);
        Card card = requireCard(board, cardId);
        List<Card> cell = board.cardsIn(card.laneId(), card.stageId());
        return write(actor, board, writer -> {
            writer.deleteCard(cardId);
            placeCards(writer, cell, null, Ordering.without(cardIds(cell), cardId));
        });
    }

    // --- helpers ----------------------------------------------------------------------------

    private MapBoard write(Actor actor, MapBoard board, java.util.function.Consumer<MapWriter> edit) {
        long mapId = board.map().id();
        repository.change(mapId, board.version(), actor.userKey(), clock.instant(), writer -> {
            edit.accept(writer);
            return null;
        });
        return access.viewable(actor, mapId);
    }

    private Added add(Actor actor, MapBoard board, MapRepository.MapChange<Long> insert) {
        long mapId = board.map().id();
        long id = repository.change(mapId, board.version(), actor.userKey(), clock.instant(), insert);
        return new Added(id, access.viewable(actor, mapId));
    }

    private static int at(Integer index, int size) {
        return index == null ? size : index;
    }

    /** Writes the position of every stage whose place changed; {@code addedId} is a just-inserted stage. */
    private static void reorderStages(MapWriter writer, long mapId, List<Stage> stages, List<Long> order, long addedId, String addedName) {
        for (int position = 0; position < order.size(); position++) {
            long id = order.get(position);
            if (id == addedId) {
                if (position != stages.size()) {
                    writer.updateStage(new Stage(id, mapId, addedName, position));
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

    private static void reorderLanes(MapWriter writer, long mapId, List<Lane> lanes, List<Long> order, long addedId, LaneKind addedKind, String addedTitle) {
        for (int position = 0; position < order.size(); position++) {
            long id = order.get(position);
            if (id == addedId) {
                if (position != lanes.size()) {
                    writer.updateLane(new Lane(id, mapId, addedKind, addedTitle, position));
                }
                continue;
            }
            for (Lane lane : lanes) {
                if (lane.id() == id && lane.position() != position) {
                    writer.updateLane(new Lane(id, lane.mapId(), lane.kind(), lane.title(), position));
                }
            }
        }
    }

    /**
     * Writes cards of one cell in {@code order}. {@code arriving} is a card entering the cell (or being
     * placed within it); it is always written so its lane and stage are stored too.
     */
    private static void placeCards(MapWriter writer, List<Card> cell, Card arriving, List<Long> order) {
        for (int position = 0; position < order.size(); position++) {
            long id = order.get(position);
            if (arriving != null && id == arriving.id()) {
                writer.updateCard(new Card(id, arriving.mapId(), arriving.laneId(), arriving.stageId(), position, arriving.text(), arriving.details()));
                continue;
            }
            for (Card card : cell) {
                if (card.id() == id && card.position() != position) {
                    writer.updateCard(new Card(id, card.mapId(), card.laneId(), card.stageId(), position, card.text(), card.details()));
                }
            }
        }
    }

    private static List<Long> stageIds(List<Stage> stages) {
        return stages.stream().map(Stage::id).toList();
    }

    private static List<Long> laneIds(List<Lane> lanes) {
        return lanes.stream().map(Lane::id).toList();
    }

    private static List<Long> cardIds(List<Card> cards) {
        return cards.stream().map(Card::id).toList();
    }

    private static Lane requireLane(MapBoard board, long laneId) {
        return board.lane(laneId).orElseThrow(() -> new NotFoundException("Lane " + laneId + " is not part of map " + board.map().id() + "."));
    }

    private static Card requireCard(MapBoard board, long cardId) {
        return board.card(cardId).orElseThrow(() -> new NotFoundException("Card " + cardId + " is not part of map " + board.map().id() + "."));
    }
}

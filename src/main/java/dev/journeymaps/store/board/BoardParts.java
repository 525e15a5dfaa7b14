package dev.journeymaps.store.board;

import dev.journeymaps.app.board.BoardPart;
import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.store.AoSession;
import net.java.ao.Query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the {@link BoardPart} a one-card write needs: at most six queries (header, stages, lanes, the named cards,
 * the cards of the cells, the named cards' evidence), each filtered to the rows it names, so the cost does not grow
 * with the map; plus, per named card whose cell is not read, one count that turns its sort key into its rank. Ids are at most a handful here, so their IN lists stay short.
 */
final class BoardParts {
    private static final String BY_MAP = "MAP_ID = ?";

    private final AoSession ao;

    BoardParts(AoSession ao) {
        this.ao = ao;
    }

    MapBoard load(MapEntity header, BoardPart part) {
        long mapId = header.getID();
        List<Card> named = named(mapId, part.cards());
        List<BoardPart.Cell> cells = new ArrayList<>(part.cells());
        if (part.cellsOfCards()) {
            named.stream().map(card -> new BoardPart.Cell(card.laneId(), card.stageId()))
                    .filter(cell -> !cells.contains(cell)).forEach(cells::add);
        }
        Map<Long, Card> cards = new LinkedHashMap<>();
        Card.ranked(inCells(mapId, cells)).forEach(card -> cards.put(card.id(), card));
        named.forEach(card -> cards.computeIfAbsent(card.id(), id -> rankedAlone(mapId, card)));
        return new MapBoard(Rows.map(header),
                Arrays.stream(ao.find(StageEntity.class, Query.select().where(BY_MAP, mapId))).map(Rows::stage).toList(),
                Arrays.stream(ao.find(LaneEntity.class, Query.select().where(BY_MAP, mapId))).map(Rows::lane).toList(),
                List.copyOf(cards.values()),
                part.cards().isEmpty() ? List.of() : Arrays.stream(ao.find(EvidenceEntity.class, Query.select()
                        .where(BY_MAP + " AND " + in(EvidenceEntity.CARD_ID, part.cards().size()),
                                parameters(mapId, part.cards())))).map(Rows::evidence).toList());
    }

    /** A card read without its cell: its rank is the number of cards before its sort key (one count, no rows). */
    private Card rankedAlone(long mapId, Card keyed) {
        int before = ao.count(CardEntity.class, Query.select().where(BY_MAP + " AND " + CardEntity.LANE_ID + " = ? AND "
                        + CardEntity.STAGE_ID + " = ? AND (" + CardEntity.POSITION + " < ? OR (" + CardEntity.POSITION + " = ? AND ID < ?))",
                mapId, keyed.laneId(), keyed.stageId(), keyed.position(), keyed.position(), dev.journeymaps.store.Columns.id(keyed.id())));
        return keyed.at(keyed.laneId(), keyed.stageId(), before);
    }

    int cardCount(long mapId) {
        return ao.count(CardEntity.class, Query.select().where(BY_MAP, mapId));
    }

    private List<Card> named(long mapId, Set<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(ao.find(CardEntity.class, Query.select()
                .where(BY_MAP + " AND " + in("ID", ids.size()), parameters(mapId, ids.stream().map(dev.journeymaps.store.Columns::id).toList()))))
                .map(Rows::card).toList();
    }

    private List<Card> inCells(long mapId, List<BoardPart.Cell> cells) {
        if (cells.isEmpty()) {
            return List.of();
        }
        String any = cells.stream().map(cell -> "(" + CardEntity.LANE_ID + " = ? AND " + CardEntity.STAGE_ID + " = ?)")
                .collect(Collectors.joining(" OR "));
        List<Object> values = new ArrayList<>();
        values.add(mapId);
        cells.forEach(cell -> {
            values.add(cell.laneId());
            values.add(cell.stageId());
        });
        return Arrays.stream(ao.find(CardEntity.class, Query.select().where(BY_MAP + " AND (" + any + ")", values.toArray())))
                .map(Rows::card).toList();
    }

    private static String in(String column, int count) {
        return column + " IN (" + String.join(", ", java.util.Collections.nCopies(count, "?")) + ")";
    }

    private static Object[] parameters(long mapId, Collection<?> ids) {
        List<Object> values = new ArrayList<>();
        values.add(mapId);
        values.addAll(ids);
        return values.toArray();
    }
}

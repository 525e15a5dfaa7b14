package dev.journeymaps.app.board;

import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.MapBoard;

import java.util.Set;

/**
 * What a one-card write needs of its map, so it costs the same on a map of 5 cards as on one of 5,000: the header,
 * the stages and lanes (a map has at most {@link dev.journeymaps.domain.Limits#STAGES_PER_MAP} and
 * {@link dev.journeymaps.domain.Limits#LANES_PER_MAP}), the named cards with their evidence, and every card of the
 * named cells — plus the cells the named cards sit in when {@code cellsOfCards} (positions are per cell).
 * A board loaded for a part holds nothing else: it is for the write, never for a page.
 */
public record BoardPart(Set<Long> cards, boolean cellsOfCards, Set<Cell> cells) {

    /** One cell: a lane × stage. */
    public record Cell(long laneId, long stageId) {
    }

    public BoardPart {
        cards = Set.copyOf(cards);
        cells = Set.copyOf(cells);
    }

    /** Header, stages and lanes only. */
    public static BoardPart grid() {
        return new BoardPart(Set.of(), false, Set.of());
    }

    /** A card with its evidence. */
    public static BoardPart card(long cardId) {
        return new BoardPart(Set.of(cardId), false, Set.of());
    }

    /** A card with its evidence, and the cards of its cell. */
    public static BoardPart cardInCell(long cardId) {
        return new BoardPart(Set.of(cardId), true, Set.of());
    }

    /** The cards of one cell. */
    public static BoardPart cell(long laneId, long stageId) {
        return new BoardPart(Set.of(), false, Set.of(new Cell(laneId, stageId)));
    }

    public BoardPart andCell(long laneId, long stageId) {
        return new BoardPart(cards, cellsOfCards, java.util.stream.Stream.concat(cells.stream(),
                java.util.stream.Stream.of(new Cell(laneId, stageId))).collect(java.util.stream.Collectors.toSet()));
    }

    /** Whether a card of the map belongs to the part, given the named cards as loaded. */
    public boolean holds(Card card, Set<Cell> cellsOfNamedCards) {
        Cell cell = new Cell(card.laneId(), card.stageId());
        return cards.contains(card.id()) || cells.contains(cell) || (cellsOfCards && cellsOfNamedCards.contains(cell));
    }

    /** The part of a whole board (what an in-memory repository returns; the database reads only the part). */
    public MapBoard of(MapBoard board) {
        Set<Cell> ofCards = board.cards().stream().filter(card -> cards.contains(card.id()))
                .map(card -> new Cell(card.laneId(), card.stageId())).collect(java.util.stream.Collectors.toSet());
        return new MapBoard(board.map(), board.stages(), board.lanes(),
                board.cards().stream().filter(card -> holds(card, ofCards)).toList(),
                board.evidence().stream().filter(e -> cards.contains(e.cardId())).toList());
    }
}

package dev.journeymaps.app.board;

import dev.journeymaps.domain.board.MapBoard;

/** The result of adding a part to a map: the id it got and the map as it is afterwards. */
public record Added(long id, MapBoard board) {
}

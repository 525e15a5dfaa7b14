package dev.journeymaps.web.page.board;

import java.util.List;

/**
 * A lane (row) of the map with one cell per stage, in stage order. {@code curveAfter} marks the lane the
 * emotion curve is drawn below (the first emotions lane).
 */
public record LaneRow(long id, String title, String kindKey, String kindLabel, List<CellView> cells, boolean curveAfter) {
}

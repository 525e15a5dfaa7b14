package dev.journeymaps.web.page;

import java.util.List;

/** A lane (row) of the map with one cell per stage, in stage order. */
public record LaneRow(long id, String title, String kindKey, String kindLabel, List<CellView> cells) {
}

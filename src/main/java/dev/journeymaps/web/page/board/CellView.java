package dev.journeymaps.web.page.board;

import java.util.List;

/** One lane × stage cell (its Add card button is described by the lane and stage headers). */
public record CellView(long laneId, long stageId, List<CardView> cards) {
}

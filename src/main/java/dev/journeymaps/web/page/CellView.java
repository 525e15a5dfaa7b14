package dev.journeymaps.web.page;

import java.util.List;

/** One lane × stage cell; the stage and lane names are repeated for accessible labels. */
public record CellView(long laneId, long stageId, String laneTitle, String stageName, List<CardView> cards) {
}

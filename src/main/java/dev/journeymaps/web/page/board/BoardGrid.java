package dev.journeymaps.web.page.board;

import java.util.List;

/**
 * What {@code map-lanes.vm} draws: the visible lanes of cells of cards and the emotion curve, placed on top or after the
 * first emotions lane. Everything in it is a value (records and lists of records), so two grids that are equal draw the
 * same markup: the map page's grid cache keys on it.
 */
public record BoardGrid(List<LaneRow> lanes, CurveView curve) {

    /** The curve goes below the first visible emotions lane, or on top when no emotions lane is shown. */
    public boolean curveOnTop() {
        return curve.drawn() && lanes.stream().noneMatch(LaneRow::curveAfter);
    }
}

package dev.journeymaps.web.page.stewardship;

import java.util.List;

/**
 * The impact × feasibility matrix laid out for server-side SVG: every coordinate is computed here, so the
 * template only loops. Feasibility runs left (hard) to right (easy), impact bottom (low) to top (high).
 */
public record MatrixView(int width, int height, int plotX, int plotY, int plotWidth, int plotHeight,
                         List<MatrixQuadrant> quadrants, List<MatrixTick> ticks, List<MatrixDot> dots,
                         int unplotted, String summary) {

    public boolean hasUnplotted() {
        return unplotted > 0;
    }

    /** One of the four regions, with its label position and how many cards are in it. */
    public record MatrixQuadrant(String key, String label, int x, int y, int width, int height, int labelX, int labelY,
                                 String countLabel) {
    }

    /** A tick label on an axis. */
    public record MatrixTick(String label, int x, int y) {
    }

    /** A card on the matrix: a numbered dot (its rank) linking to its row in the action list. */
    public record MatrixDot(long cardId, int x, int y, String label, String kindKey, String quadrantKey, String ariaLabel,
                            String href) {
    }
}

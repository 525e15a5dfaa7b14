package dev.journeymaps.web.page.board;

import java.util.List;

/**
 * The emotion curve as SVG path data (numbers only, never user text) in a {@value EmotionCurveSvg#WIDTH} ×
 * {@value EmotionCurveSvg#HEIGHT} box, the stage markers, and the lowest stages for the text alternative.
 */
public record CurveView(boolean drawn, String pathData, String areaData, String zeroY, String topY, String bottomY,
                        List<CurvePointView> points, List<CurvePointView> lowest) {

    public int width() {
        return EmotionCurveSvg.WIDTH;
    }

    public int height() {
        return EmotionCurveSvg.HEIGHT;
    }
}

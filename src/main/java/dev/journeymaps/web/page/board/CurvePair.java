package dev.journeymaps.web.page.board;

import dev.journeymaps.domain.board.EmotionCurve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two maps' emotion curves on one axis (a comparison of a current state with its future state): stages matched by
 * name, the older map's stages in its order, then stages only the newer map has. The SVG paths are numbers only;
 * {@code stages} is the text alternative, each stage's two scores ("–" where a map has no score there).
 */
public record CurvePair(String olderLabel, String newerLabel, CurveView older, CurveView newer, List<StageScores> stages) {

    /** One stage of the shared axis and its score on each map. */
    public record StageScores(String stage, String older, String newer) {
    }

    public static CurvePair of(EmotionCurve older, EmotionCurve newer, String olderLabel, String newerLabel) {
        Map<String, Integer> axis = new LinkedHashMap<>();
        for (EmotionCurve.Point p : older.points()) {
            axis.putIfAbsent(p.stageName(), axis.size());
        }
        for (EmotionCurve.Point p : newer.points()) {
            axis.putIfAbsent(p.stageName(), axis.size());
        }
        Map<String, Double> olderScores = scores(older);
        Map<String, Double> newerScores = scores(newer);
        List<StageScores> stages = axis.keySet().stream()
                .map(name -> new StageScores(name, label(olderScores.get(name)), label(newerScores.get(name)))).toList();
        return new CurvePair(olderLabel, newerLabel, EmotionCurveSvg.of(onAxis(axis, olderScores)),
                EmotionCurveSvg.of(onAxis(axis, newerScores)), stages);
    }

    /** Something to draw: at least one of the maps has an emotion score. */
    public boolean drawn() {
        return older.drawn() || newer.drawn();
    }

    public int width() {
        return EmotionCurveSvg.WIDTH;
    }

    public int height() {
        return EmotionCurveSvg.HEIGHT;
    }

    private static Map<String, Double> scores(EmotionCurve curve) {
        Map<String, Double> scores = new LinkedHashMap<>();
        curve.points().forEach(p -> scores.putIfAbsent(p.stageName(), p.score()));
        return scores;
    }

    private static EmotionCurve onAxis(Map<String, Integer> axis, Map<String, Double> scores) {
        List<EmotionCurve.Point> points = new ArrayList<>();
        axis.forEach((name, index) -> {
            Double score = scores.get(name);
            points.add(new EmotionCurve.Point(0, name, index, score, score == null ? 0 : 1, false));
        });
        return new EmotionCurve(List.copyOf(points));
    }

    private static String label(Double score) {
        return score == null ? "\u2013" : EmotionCurveSvg.score(score);
    }
}

package dev.journeymaps.web.page.board;

import dev.journeymaps.domain.board.EmotionCurve;
import dev.journeymaps.domain.Limits;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the domain's emotion curve into SVG geometry: stage i sits at the centre of column i, +3 at the top
 * and −3 at the bottom; the path is a Catmull-Rom spline through the scored stages drawn as cubic Béziers,
 * so it is smooth, passes through every point and never needs script to draw.
 */
public final class EmotionCurveSvg {
    static final int WIDTH = 1000;
    static final int HEIGHT = 160;
    private static final double PAD = 26;
    private static final double SPAN = Limits.EMOTION_MAX - Limits.EMOTION_MIN;

    private EmotionCurveSvg() {
    }

    public static CurveView of(EmotionCurve curve) {
        int n = Math.max(1, curve.points().size());
        List<double[]> xy = new ArrayList<>();
        List<CurvePointView> points = new ArrayList<>();
        for (EmotionCurve.Point point : curve.points()) {
            double x = (point.index() + 0.5) * WIDTH / n;
            double y = point.scored() ? y(point.score()) : y(0);
            if (point.scored()) {
                xy.add(new double[]{x, y});
            }
            points.add(new CurvePointView(point.stageName(), point.scored() ? score(point.score()) : "", point.scored(),
                    point.lowest(), percent(x / WIDTH), percent(y / HEIGHT), point.count()));
        }
        String path = path(xy);
        String area = xy.isEmpty() ? "" : path + " L" + num(xy.get(xy.size() - 1)[0]) + "," + num(HEIGHT)
                + " L" + num(xy.get(0)[0]) + "," + num(HEIGHT) + " Z";
        return new CurveView(curve.hasScores(), path, area, num(y(0)), num(y(Limits.EMOTION_MAX)), num(y(Limits.EMOTION_MIN)),
                List.copyOf(points), points.stream().filter(CurvePointView::lowest).toList());
    }

    static double y(double score) {
        return PAD + (Limits.EMOTION_MAX - score) / SPAN * (HEIGHT - 2 * PAD);
    }

    /** Catmull-Rom through the points (end tangents from the nearest neighbour), as one SVG path. */
    static String path(List<double[]> p) {
        if (p.isEmpty()) {
            return "";
        }
        StringBuilder d = new StringBuilder("M").append(num(p.get(0)[0])).append(',').append(num(p.get(0)[1]));
        for (int i = 0; i + 1 < p.size(); i++) {
            double[] p0 = p.get(Math.max(0, i - 1));
            double[] p1 = p.get(i);
            double[] p2 = p.get(i + 1);
            double[] p3 = p.get(Math.min(p.size() - 1, i + 2));
            d.append(" C").append(num(p1[0] + (p2[0] - p0[0]) / 6)).append(',').append(num(p1[1] + (p2[1] - p0[1]) / 6))
                    .append(' ').append(num(p2[0] - (p3[0] - p1[0]) / 6)).append(',').append(num(p2[1] - (p3[1] - p1[1]) / 6))
                    .append(' ').append(num(p2[0])).append(',').append(num(p2[1]));
        }
        return d.toString();
    }

    /** A score as people write it: "+1.5", "0", "−2" (with a real minus sign). */
    static String score(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        String digits = rounded == Math.rint(rounded)
                ? String.valueOf((long) Math.abs(rounded)) : String.format(Locale.ROOT, "%.1f", Math.abs(rounded));
        return rounded > 0 ? "+" + digits : rounded < 0 ? "\u2212" + digits : digits;
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.2f%%", fraction * 100);
    }
}

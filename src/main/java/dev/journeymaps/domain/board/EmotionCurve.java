package dev.journeymaps.domain.board;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The emotion curve of a map: one point per stage, in stage order, whose value is the average score of the
 * stage's emotion cards (null when the stage has none). The lowest points are where pain concentrates.
 */
public record EmotionCurve(List<Point> points) {

    /** {@code score} is null for a stage without scored emotion cards; {@code count} is how many cards scored. */
    public record Point(long stageId, String stageName, int index, Double score, int count, boolean lowest) {
        public boolean scored() {
            return score != null;
        }
    }

    public static EmotionCurve of(MapBoard board) {
        List<Double> averages = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (Stage stage : board.stages()) {
            List<Integer> scores = board.cardsInStage(stage.id()).stream()
                    .filter(card -> card.emotion() != null && board.kindOf(card).carriesEmotion())
                    .map(Card::emotion).toList();
            counts.add(scores.size());
            averages.add(scores.isEmpty() ? null : scores.stream().mapToInt(Integer::intValue).average().orElseThrow());
        }
        OptionalDouble min = averages.stream().filter(a -> a != null).mapToDouble(Double::doubleValue).min();
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < board.stages().size(); i++) {
            Stage stage = board.stages().get(i);
            Double score = averages.get(i);
            boolean lowest = score != null && min.isPresent() && score <= min.getAsDouble() + 1e-9;
            points.add(new Point(stage.id(), stage.name(), i, score, counts.get(i), lowest));
        }
        return new EmotionCurve(List.copyOf(points));
    }

    /** True when at least one stage has a score: otherwise there is nothing to draw. */
    public boolean hasScores() {
        return points.stream().anyMatch(Point::scored);
    }

    public List<Point> scored() {
        return points.stream().filter(Point::scored).toList();
    }

    public List<Point> lowest() {
        return points.stream().filter(Point::lowest).toList();
    }
}

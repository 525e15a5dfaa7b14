package dev.journeymaps.domain.board;

import dev.journeymaps.domain.Boards;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmotionCurveTest {

    @Test
    void eachStageScoresTheAverageOfItsEmotionCardsAndStagesWithoutScoresStayEmpty() {
        Boards boards = new Boards(4, LaneKind.EMOTIONS, LaneKind.EMOTIONS);
        boards.card(0, 0, 2, null);
        boards.card(1, 0, 1, null);
        boards.card(0, 1, -3, null);
        boards.card(0, 1, -2, null);
        boards.card(0, 3, 3, null);
        boards.card(0, 3, null, null);

        EmotionCurve curve = boards.board().emotionCurve();

        assertThat(curve.points()).extracting(EmotionCurve.Point::score).containsExactly(1.5, -2.5, null, 3.0);
        assertThat(curve.points()).extracting(EmotionCurve.Point::count).containsExactly(2, 2, 0, 1);
        assertThat(curve.lowest()).extracting(EmotionCurve.Point::stageName).containsExactly("S1");
        assertThat(curve.hasScores()).isTrue();
    }

    @Test
    void everyStageSharingTheLowestScoreIsMarkedLowest() {
        Boards boards = new Boards(3, LaneKind.EMOTIONS);
        boards.card(0, 0, -1, null);
        boards.card(0, 1, 2, null);
        boards.card(0, 2, -1, null);

        assertThat(boards.board().emotionCurve().lowest()).extracting(EmotionCurve.Point::index).containsExactly(0, 2);
    }

    @Test
    void aMapWithoutScoresHasNothingToDraw() {
        Boards boards = new Boards(2, LaneKind.EMOTIONS, LaneKind.PAIN_POINTS);
        boards.card(0, 0, null, null);

        EmotionCurve curve = boards.board().emotionCurve();

        assertThat(curve.hasScores()).isFalse();
        assertThat(curve.lowest()).isEmpty();
    }
}

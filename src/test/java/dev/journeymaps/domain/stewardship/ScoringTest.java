package dev.journeymaps.domain.stewardship;

import dev.journeymaps.domain.ValidationException;
import dev.journeymaps.domain.board.EvidenceStrength;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The scoring formulas with worked examples: the value and the text that explains it. */
class ScoringTest {
    private static final EvidenceStrength TWO_INTERVIEWS = new EvidenceStrength(2, 0, 120);
    private static final EvidenceStrength ANALYTICS = new EvidenceStrength(3, 1, 450);

    private static CardTriage.Scores impactFeasibility(Integer impact, Integer feasibility) {
        return new CardTriage.Scores(impact, feasibility, null, null, null);
    }

    private static CardTriage.Scores rice(Integer reach, Double impact, Double effort) {
        return new CardTriage.Scores(null, null, reach, impact, effort);
    }

    @Test
    void impactTimesFeasibilityMultipliesTheTwoAndSaysSo() {
        Score score = Scoring.score(ScoringMethod.IMPACT_FEASIBILITY, impactFeasibility(4, 3), EvidenceStrength.NONE);

        assertThat(score.value()).isEqualTo(12.0);
        assertThat(score.display()).isEqualTo("12");
        assertThat(score.formula()).isEqualTo("Impact 4 × Feasibility 3 = 12");
    }

    @Test
    void impactTimesFeasibilitySpansOneToTwentyFive() {
        assertThat(Scoring.score(ScoringMethod.IMPACT_FEASIBILITY, impactFeasibility(1, 1), EvidenceStrength.NONE).value()).isEqualTo(1.0);
        assertThat(Scoring.score(ScoringMethod.IMPACT_FEASIBILITY, impactFeasibility(5, 5), EvidenceStrength.NONE).value()).isEqualTo(25.0);
    }

    @Test
    void aScoreIsAbsoluteTheSameInputsGiveTheSameScoreWhateverElseIsOnTheMap() {
        Score alone = Scoring.score(ScoringMethod.IMPACT_FEASIBILITY, impactFeasibility(2, 5), EvidenceStrength.NONE);
        Score again = Scoring.score(ScoringMethod.IMPACT_FEASIBILITY, impactFeasibility(2, 5), ANALYTICS);

        assertThat(alone).isEqualTo(again);
        assertThat(alone.value()).isEqualTo(10.0);
    }

    @Test
    void aMissingInputLeavesTheCardUnscoredAndNamesWhatIsMissing() {
        Score score = Scoring.score(ScoringMethod.IMPACT_FEASIBILITY, impactFeasibility(4, null), EvidenceStrength.NONE);

        assertThat(score.isScored()).isFalse();
        assertThat(score.display()).isEqualTo("–");
        assertThat(score.formula()).isEqualTo("Not scored: set feasibility (1–5).");
    }

    @Test
    void riceWithQualitativeEvidenceUsesEightyPercentConfidence() {
        // 100 customers × impact 2 × 80% ÷ 2 person-months = 80
        Score score = Scoring.score(ScoringMethod.RICE, rice(100, 2.0, 2.0), TWO_INTERVIEWS);

        assertThat(score.value()).isEqualTo(80.0);
        assertThat(score.formula()).isEqualTo(
                "Reach 100 × Impact 2 × Confidence 80% (qualitative evidence) ÷ Effort 2 person-months = 80");
    }

    @Test
    void riceTakesReachFromTheEvidenceWhenNoneIsGivenAndSaysWhere() {
        // 120 customers affected (evidence) × 1 × 80% ÷ 0.5 = 192
        Score score = Scoring.score(ScoringMethod.RICE, rice(null, 1.0, 0.5), TWO_INTERVIEWS);

        assertThat(score.value()).isEqualTo(192.0);
        assertThat(score.formula()).startsWith("Reach 120 (customers affected, from evidence) × Impact 1 × Confidence 80%")
                .endsWith("÷ Effort 0.5 person-months = 192");
    }

    @Test
    void quantitativeEvidenceGivesFullConfidence() {
        // 450 × 0.5 × 100% ÷ 3 = 75
        Score score = Scoring.score(ScoringMethod.RICE, rice(null, 0.5, 3.0), ANALYTICS);

        assertThat(score.value()).isEqualTo(75.0);
        assertThat(score.formula()).contains("Confidence 100% (quantitative evidence)");
    }

    @Test
    void anAssumptionScoresLowerThanTheSameCardBackedByEvidenceAndTheFormulaSaysItIsAnAssumption() {
        CardTriage.Scores inputs = rice(100, 2.0, 2.0);

        Score assumption = Scoring.score(ScoringMethod.RICE, inputs, EvidenceStrength.NONE);
        Score validated = Scoring.score(ScoringMethod.RICE, inputs, TWO_INTERVIEWS);

        assertThat(assumption.value()).isEqualTo(50.0); // 100 × 2 × 50% ÷ 2
        assertThat(assumption.value()).isLessThan(validated.value());
        assertThat(assumption.formula()).contains("Confidence 50% (assumption, no validated evidence)");
    }

    @Test
    void riceRoundsToOneDecimal() {
        // 10 × 3 × 80% ÷ 7 = 3.428… → 3.4
        assertThat(Scoring.score(ScoringMethod.RICE, rice(10, 3.0, 7.0), TWO_INTERVIEWS).value()).isEqualTo(3.4);
    }

    @Test
    void riceWithoutReachOrEvidenceCountIsUnscored() {
        Score score = Scoring.score(ScoringMethod.RICE, rice(null, 2.0, null), EvidenceStrength.NONE);

        assertThat(score.isScored()).isFalse();
        assertThat(score.formula()).isEqualTo("Not scored: set reach, effort.");
    }

    @Test
    void confidenceFollowsTheEvidence() {
        assertThat(Confidence.of(EvidenceStrength.NONE)).isEqualTo(Confidence.LOW);
        assertThat(Confidence.of(new EvidenceStrength(1, 0, null))).isEqualTo(Confidence.MEDIUM);
        assertThat(Confidence.of(new EvidenceStrength(4, 1, null))).isEqualTo(Confidence.HIGH);
    }

    @Test
    void outOfRangeInputsAreRefusedAllAtOnceAndNeverClamped() {
        assertThatThrownBy(() -> new CardTriage.Scores(0, 6, -1, 1.5, 0.0).validated())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("impact", "feasibility", "reach", "riceImpact", "effort"));
        assertThat(new CardTriage.Scores(1, 5, 0, 0.25, 0.1).validated()).isNotNull();
    }

    @Test
    void quadrantsUseAbsoluteThresholdsThreeAndAboveIsHigh() {
        assertThat(Quadrant.of(5, 5)).isEqualTo(Quadrant.QUICK_WINS);
        assertThat(Quadrant.of(3, 3)).isEqualTo(Quadrant.QUICK_WINS);
        assertThat(Quadrant.of(4, 2)).isEqualTo(Quadrant.BIG_BETS);
        assertThat(Quadrant.of(2, 4)).isEqualTo(Quadrant.FILL_INS);
        assertThat(Quadrant.of(1, 2)).isEqualTo(Quadrant.MONEY_PITS);
        assertThat(Quadrant.of(4, null)).isNull();
    }
}

package dev.journeymaps.domain.stewardship;

import dev.journeymaps.domain.board.EvidenceStrength;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The scoring formulas. Absolute by design: a card's score depends on its own inputs and evidence only,
 * never on the other cards, so a score means the same on every map and in every quarter.
 * <ul>
 *   <li>Impact × feasibility: impact (1–5) × feasibility (1–5), 1 … 25.</li>
 *   <li>RICE: reach × impact × confidence ÷ effort, where reach defaults to the customers the evidence
 *       counts and confidence comes from the evidence ({@link Confidence}), rounded to one decimal.</li>
 * </ul>
 */
public final class Scoring {
    private Scoring() {
    }

    public static Score score(ScoringMethod method, CardTriage.Scores scores, EvidenceStrength evidence) {
        return method == ScoringMethod.RICE ? rice(scores, evidence) : impactFeasibility(scores);
    }

    static Score impactFeasibility(CardTriage.Scores s) {
        List<String> missing = new ArrayList<>();
        if (s.impact() == null) {
            missing.add("impact");
        }
        if (s.feasibility() == null) {
            missing.add("feasibility");
        }
        if (!missing.isEmpty()) {
            return new Score(ScoringMethod.IMPACT_FEASIBILITY, null, "Not scored: set " + String.join(" and ", missing) + " (1–5).");
        }
        int value = s.impact() * s.feasibility();
        return new Score(ScoringMethod.IMPACT_FEASIBILITY, (double) value,
                "Impact " + s.impact() + " × Feasibility " + s.feasibility() + " = " + value);
    }

    static Score rice(CardTriage.Scores s, EvidenceStrength evidence) {
        boolean reachFromEvidence = s.reach() == null && evidence.customersAffected() != null;
        Integer reach = s.reach() != null ? s.reach() : evidence.customersAffected();
        List<String> missing = new ArrayList<>();
        if (reach == null) {
            missing.add("reach");
        }
        if (s.riceImpact() == null) {
            missing.add("impact");
        }
        if (s.effort() == null) {
            missing.add("effort");
        }
        if (!missing.isEmpty()) {
            return new Score(ScoringMethod.RICE, null, "Not scored: set " + String.join(", ", missing) + ".");
        }
        Confidence confidence = Confidence.of(evidence);
        double value = BigDecimal.valueOf(reach)
                .multiply(BigDecimal.valueOf(s.riceImpact()))
                .multiply(BigDecimal.valueOf(confidence.percent()))
                .divide(BigDecimal.valueOf(100L), 10, RoundingMode.HALF_UP)
                .divide(BigDecimal.valueOf(s.effort()), 1, RoundingMode.HALF_UP)
                .doubleValue();
        String formula = "Reach " + reach + (reachFromEvidence ? " (customers affected, from evidence)" : "")
                + " × Impact " + Score.plain(s.riceImpact())
                + " × Confidence " + confidence.percent() + "% (" + confidence.reason() + ")"
                + " ÷ Effort " + Score.plain(s.effort()) + " person-months = " + Score.plain(value);
        return new Score(ScoringMethod.RICE, value, formula);
    }
}

package dev.journeymaps.domain.stewardship;

import dev.journeymaps.domain.Text;
import dev.journeymaps.domain.ValidationException;
import dev.journeymaps.domain.Violations;
import java.util.Set;

/**
 * Who owns a pain point or opportunity and how it is scored. Every score input is optional (null = not
 * set yet); the owner is a Jira user key, empty when unowned.
 */
public record CardTriage(long cardId, String ownerKey, Scores scores) {

    public CardTriage {
        ownerKey = Text.orEmpty(ownerKey);
        scores = scores == null ? Scores.NONE : scores;
    }

    public static CardTriage untriaged(long cardId) {
        return new CardTriage(cardId, "", Scores.NONE);
    }

    public boolean isOwned() {
        return !ownerKey.isEmpty();
    }

    public CardTriage withOwner(String owner) {
        return new CardTriage(cardId, owner, scores);
    }

    public CardTriage withScores(Scores newScores) {
        return new CardTriage(cardId, ownerKey, newScores);
    }

    /**
     * The inputs of both scoring methods. Impact and feasibility are 1–5; RICE reach counts customers
     * (null: take the evidence's count), RICE impact is Intercom's scale (3 massive, 2 high, 1 medium,
     * 0.5 low, 0.25 minimal) and effort is in person-months.
     */
    public record Scores(Integer impact, Integer feasibility, Integer reach, Double riceImpact, Double effort) {
        public static final Scores NONE = new Scores(null, null, null, null, null);
        public static final int MIN = 1;
        public static final int MAX = 5;
        public static final int MAX_REACH = 1_000_000_000;
        public static final double MAX_EFFORT = 1000;
        public static final Set<Double> RICE_IMPACTS = Set.of(0.25, 0.5, 1.0, 2.0, 3.0);

        /** Throws {@link ValidationException} naming every input out of range; nothing is clamped. */
        public Scores validated() {
            new Violations()
                    .check(impact == null || (impact >= MIN && impact <= MAX), "impact", "Impact is scored from 1 (low) to 5 (high).")
                    .check(feasibility == null || (feasibility >= MIN && feasibility <= MAX), "feasibility",
                            "Feasibility is scored from 1 (hard) to 5 (easy).")
                    .check(reach == null || (reach >= 0 && reach <= MAX_REACH), "reach",
                            "Reach is a number of customers from 0 to " + MAX_REACH + ".")
                    .check(riceImpact == null || RICE_IMPACTS.contains(riceImpact), "riceImpact",
                            "RICE impact is 3 (massive), 2 (high), 1 (medium), 0.5 (low) or 0.25 (minimal).")
                    .check(effort == null || (effort > 0 && effort <= MAX_EFFORT && !effort.isNaN()), "effort",
                            "Effort is in person-months, more than 0 and at most " + (int) MAX_EFFORT + ".")
                    .throwIfAny();
            return this;
        }
    }
}

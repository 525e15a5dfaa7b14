package dev.journeymaps.domain.stewardship;

import java.math.BigDecimal;

/**
 * A card's priority score with the formula that produced it, inputs included, so anyone can check it:
 * "Impact 4 × Feasibility 3 = 12". Unscored cards have no value and a formula saying what is missing.
 */
public record Score(ScoringMethod method, Double value, String formula) {

    public boolean isScored() {
        return value != null;
    }

    /** The value as people write it ("12", "96", "0.5"), or "–" when not scored. */
    public String display() {
        return value == null ? "–" : plain(value);
    }

    /** A number without trailing zeros or exponent: 2.0 → "2", 0.25 → "0.25". */
    public static String plain(double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }
}

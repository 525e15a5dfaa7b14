package dev.journeymaps.domain.stewardship;

import java.util.Locale;

/**
 * Where a card falls on the impact × feasibility matrix. The thresholds are absolute: 3 or more on the
 * 1–5 scale is "high", whatever the other cards score.
 */
public enum Quadrant {
    QUICK_WINS,
    BIG_BETS,
    FILL_INS,
    MONEY_PITS;

    /** The lowest value on the 1–5 scale that counts as high. */
    public static final int HIGH_FROM = 3;

    /** The quadrant of a card, or null while it lacks impact or feasibility. */
    public static Quadrant of(Integer impact, Integer feasibility) {
        if (impact == null || feasibility == null) {
            return null;
        }
        boolean highImpact = impact >= HIGH_FROM;
        boolean feasible = feasibility >= HIGH_FROM;
        if (highImpact) {
            return feasible ? QUICK_WINS : BIG_BETS;
        }
        return feasible ? FILL_INS : MONEY_PITS;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

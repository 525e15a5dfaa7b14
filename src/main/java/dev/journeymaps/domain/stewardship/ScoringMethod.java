package dev.journeymaps.domain.stewardship;

import java.util.Locale;

/**
 * How a map scores its pain points and opportunities. Impact × feasibility is the default; RICE is a
 * per-map option for teams that size work and count reach.
 */
public enum ScoringMethod {
    IMPACT_FEASIBILITY,
    RICE;

    /** Parses the REST form ({@code "impact-feasibility"}, {@code "rice"}) or the enum name; null when unknown. */
    public static ScoringMethod fromKey(String key) {
        if (key == null) {
            return null;
        }
        for (ScoringMethod method : values()) {
            if (method.key().equalsIgnoreCase(key) || method.name().equalsIgnoreCase(key)) {
                return method;
            }
        }
        return null;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

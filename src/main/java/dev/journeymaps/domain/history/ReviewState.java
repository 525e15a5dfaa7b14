package dev.journeymaps.domain.history;

import java.util.Locale;

/** Where a map stands in its review cycle. */
public enum ReviewState {
    CURRENT,
    DUE_SOON,
    /** Past its review date: stale. */
    OVERDUE;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean isStale() {
        return this == OVERDUE;
    }

    /** Shown on the "due for review" list: overdue or within its {@link ReviewCadence#dueSoonWindow()}. */
    public boolean isDue() {
        return this != CURRENT;
    }
}

package dev.journeymaps.domain.stewardship;

import java.util.Locale;

/** Filters of the ranked action list: what still needs someone, some work, or some evidence. */
public enum PriorityFilter {
    UNOWNED,
    UNLINKED,
    ASSUMPTION;

    public static PriorityFilter fromKey(String key) {
        if (key == null) {
            return null;
        }
        for (PriorityFilter filter : values()) {
            if (filter.key().equalsIgnoreCase(key)) {
                return filter;
            }
        }
        return null;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean test(CardPriority priority) {
        return switch (this) {
            case UNOWNED -> priority.isUnowned();
            case UNLINKED -> !priority.isLinked();
            case ASSUMPTION -> priority.isAssumption();
        };
    }
}

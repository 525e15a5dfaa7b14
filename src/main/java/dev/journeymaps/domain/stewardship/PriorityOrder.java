package dev.journeymaps.domain.stewardship;

import java.util.Comparator;
import java.util.Locale;

/** The orders of the ranked action list. Each has one natural direction; board order breaks ties. */
public enum PriorityOrder {
    /** Highest score first; unscored cards last. */
    SCORE,
    /** Highest impact first. */
    IMPACT,
    /** Most feasible first. */
    FEASIBILITY,
    /** As on the map: stage by stage, lane by lane. */
    STAGE,
    /** Unowned first (they need someone), then by owner, then by score. */
    OWNER;

    private static final Comparator<CardPriority> BOARD = Comparator
            .comparing((CardPriority p) -> p.map().title())
            .thenComparingLong(p -> p.map().id())
            .thenComparingInt(p -> p.stage().position())
            .thenComparingInt(p -> p.lane().position())
            .thenComparingInt(p -> p.card().position())
            .thenComparingLong(p -> p.card().id());

    private static final Comparator<CardPriority> BY_SCORE = Comparator
            .comparing((CardPriority p) -> p.score().value(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(BOARD);

    public static PriorityOrder fromKey(String key) {
        if (key == null) {
            return null;
        }
        for (PriorityOrder order : values()) {
            if (order.key().equalsIgnoreCase(key)) {
                return order;
            }
        }
        return null;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Comparator<CardPriority> comparator() {
        return switch (this) {
            case SCORE -> BY_SCORE;
            case IMPACT -> Comparator.comparing((CardPriority p) -> p.triage().scores().impact(),
                    Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(BY_SCORE);
            case FEASIBILITY -> Comparator.comparing((CardPriority p) -> p.triage().scores().feasibility(),
                    Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(BY_SCORE);
            case STAGE -> BOARD;
            case OWNER -> Comparator.comparing((CardPriority p) -> p.triage().ownerKey()).thenComparing(BY_SCORE);
        };
    }
}

package dev.journeymaps.app.live;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One accepted change of a map, as the live channel tells it: the version it produced, who made it and when (its
 * revision row), what it did in words (its audit line: action, subject, summary; empty when it has none), and what it
 * touched — the revision's footprint tokens ({@code c12} card 12, {@code p3.4} the order of a cell, {@code s7}/{@code l7}
 * a stage's or lane's name, {@code *} the whole map), so a page can apply a change to the touched cards only.
 */
public record MapChange(long version, String authorKey, Instant at, String action, String subject, String summary,
                        List<String> touched) {
    private static final String WHOLE_MAP = "*";

    public MapChange {
        action = action == null ? "" : action;
        subject = subject == null ? "" : subject;
        summary = summary == null ? "" : summary;
        touched = touched == null || touched.isEmpty() ? List.of(WHOLE_MAP) : List.copyOf(touched);
    }

    /** A change whose footprint is not known: it touched the whole map. */
    public MapChange(long version, String authorKey, Instant at, String action, String subject, String summary) {
        this(version, authorKey, at, action, subject, summary, List.of(WHOLE_MAP));
    }

    /**
     * The tokens of a revision's TOUCHED column ("c12 p3.4"); null or blank (a row from before the column, or one that
     * did not say) is the whole map.
     */
    public static List<String> touchedOf(String column) {
        List<String> tokens = column == null ? List.of() : Arrays.stream(column.strip().split("\\s+")).filter(t -> !t.isEmpty()).toList();
        return tokens.isEmpty() ? List.of(WHOLE_MAP) : tokens;
    }

    /** The ids of the cards this change touched ({@code c<id>} tokens), in the order the tokens say. */
    public List<Long> cards() {
        return touched.stream().filter(t -> t.length() > 1 && t.charAt(0) == 'c' && t.substring(1).chars().allMatch(Character::isDigit)
                && t.length() < 20).map(t -> Long.parseLong(t.substring(1))).toList();
    }

    /**
     * Whether the change touched cards only (and the order of cells they were in): a page can then apply it card by card.
     * A stage's or lane's name, the whole map, or a token this version does not know means the board's structure.
     */
    public boolean cardsOnly() {
        return touched.stream().allMatch(t -> t.matches("c\\d{1,18}|p\\d{1,18}\\.\\d{1,18}"));
    }
}

package dev.journeymaps.web.page.stewardship;

import dev.journeymaps.domain.stewardship.CardTriage;
import dev.journeymaps.domain.stewardship.Score;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a pain point or opportunity shows of its stewardship on the board: its owner (name and the initials of
 * the avatar, both "" when nobody owns it) and its score chip ({@code score} "–" and {@code scored} false until
 * it is scored), with the formula as the chip's title. {@code inputs} are the score inputs as the side panel's
 * form starts from them ("" for not set).
 */
public record CardBadge(String ownerKey, String ownerName, String initials, String score, String formula, boolean scored,
                        boolean shown, Inputs inputs) {

    /** A card that is no pain point or opportunity shows no badge. */
    public static final CardBadge NONE = new CardBadge("", "", "", "", "", false, false, new Inputs("", "", "", "", ""));

    public static CardBadge of(String ownerKey, String ownerName, Score score, CardTriage.Scores s) {
        return new CardBadge(ownerKey, ownerKey.isEmpty() ? "" : ownerName, ownerKey.isEmpty() ? "" : initials(ownerName),
                score.display(), score.formula(), score.isScored(), true,
                new Inputs(text(s.impact()), text(s.feasibility()), text(s.reach()),
                        s.riceImpact() == null ? "" : Score.plain(s.riceImpact()), s.effort() == null ? "" : Score.plain(s.effort())));
    }

    /** The five score inputs of a card, as text. */
    public record Inputs(String impact, String feasibility, String reach, String riceImpact, String effort) {
    }

    private static String text(Integer value) {
        return value == null ? "" : String.valueOf(value);
    }

    public boolean owned() {
        return !ownerKey.isEmpty();
    }

    /** "Priya Raman" → "PR", "alice" → "A": the letters of an initials avatar, as Jira draws for users without a picture. */
    static String initials(String name) {
        String[] words = name.strip().split("\\s+");
        String letters = Arrays.stream(words).filter(w -> !w.isEmpty()).limit(2)
                .map(w -> w.substring(0, w.offsetByCodePoints(0, 1))).collect(Collectors.joining());
        return letters.toUpperCase(Locale.ROOT);
    }
}

package dev.journeymaps.web.page.board;

import dev.journeymaps.web.Messages;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The texts the board's grid shows ({@code map-lanes.vm} and the templates it parses), looked up once per page in the
 * reader's language rather than once per card, and the only {@link Messages} the grid is rendered with: a key not in
 * {@link #KEYS} fails the render, so the grid cache (which keys on these texts) can never serve a text it did not
 * compare. A value: equal texts are the same language.
 */
public final class BoardTexts implements Messages {
    /** Every key the grid's templates ask for; add a key here when a grid template starts using it. */
    static final List<String> KEYS = List.of("journeymaps.card.add", "journeymaps.card.assumption", "journeymaps.card.emotion",
            "journeymaps.card.score", "journeymaps.card.switch", "journeymaps.card.switch.short", "journeymaps.curve.cards",
            "journeymaps.curve.description", "journeymaps.curve.lowest", "journeymaps.curve.noscore", "journeymaps.curve.scores",
            "journeymaps.curve.title", "journeymaps.lane.delete", "journeymaps.lane.down", "journeymaps.lane.hide",
            "journeymaps.lane.rename", "journeymaps.lane.up", "journeymaps.map.owner.none", "journeymaps.view.owner",
            "journeymaps.work.linked", "journeymaps.work.openinjira");

    private final Map<String, String> texts;

    private BoardTexts(Map<String, String> texts) {
        this.texts = texts;
    }

    public static BoardTexts of(Messages messages) {
        return new BoardTexts(KEYS.stream().collect(Collectors.toUnmodifiableMap(Function.identity(), messages::getText)));
    }

    @Override
    public String getText(String key) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalArgumentException("The board grid has no text '" + key + "': add it to BoardTexts.KEYS.");
        }
        return text;
    }

    @Override
    public String getText(String key, Object... args) {
        if (args == null || args.length == 0) {
            return getText(key);
        }
        throw new IllegalArgumentException("The board grid formats no text with arguments ('" + key
                + "'): put the formatted text in the view model.");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BoardTexts that && texts.equals(that.texts);
    }

    @Override
    public int hashCode() {
        return texts.hashCode();
    }
}

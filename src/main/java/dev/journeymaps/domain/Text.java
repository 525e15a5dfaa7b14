package dev.journeymaps.domain;

/** Normalisation of user text: trimmed, never null. */
public final class Text {
    private Text() {
    }

    public static String orEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}

package dev.journeymaps.domain;

/**
 * User text: trimmed, never null, and made of Unicode scalar values without NUL. Lengths are counted in
 * characters (code points), as people count them: an emoji is one character, not two UTF-16 units.
 */
public final class Text {
    private Text() {
    }

    public static String orEmpty(String value) {
        return value == null ? "" : value.strip();
    }

    /** The length in characters (code points). */
    public static int length(String value) {
        return value.codePointCount(0, value.length());
    }

    /** At most {@code max} characters, never cutting a character in two. */
    public static String cut(String value, int max) {
        return length(value) <= max ? value : value.substring(0, value.offsetByCodePoints(0, max));
    }

    /**
     * Why this text cannot be stored, or null if it can. NUL is refused by PostgreSQL and invisible everywhere;
     * a lone UTF-16 surrogate is half of a character, which databases silently turn into "?".
     */
    public static String problem(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u0000') {
                return "Must not contain the NUL character (U+0000).";
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "Contains a broken character (an unpaired UTF-16 surrogate, U+" + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)
                        + "); send text as whole Unicode characters.";
            }
        }
        return null;
    }
}

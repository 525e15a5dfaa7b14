package dev.journeymaps.web.page.exchange;

/**
 * Text as XML character data or attribute values: the five special characters escaped, and characters XML 1.0 cannot
 * carry at all (control characters other than tab, line feed and carriage return, lone surrogates, U+FFFE/U+FFFF)
 * replaced by U+FFFD, so any user text yields a well-formed document and stays text.
 */
public final class Xml {
    private Xml() {
    }

    /** {@code null} (a host's message resolver may answer it for an unknown key) is the empty text. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (allowed(c)) {
                        out.append(c);
                    } else {
                        out.append('\uFFFD');
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean allowed(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD);
    }
}

package dev.journeymaps.jirarest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text made safe for a v2 {@code description}, which Jira reads as wiki markup: every character that starts
 * formatting, a macro, a link, a table or a mention ({@code * _ + - ^ ~ ? { } [ ] | ! # @}, and {@code \\} itself) is
 * backslash-escaped, so {@code *never*}, {@code {checklist}} and {@code [here|http://evil.example]} show as typed. URLs
 * standing alone stay clickable (Jira links bare http(s) URLs itself), so the link back to the map keeps working.
 */
final class WikiText {
    private static final Pattern URL = Pattern.compile("https?://[^\\s\\[\\]{}|]+");
    private static final String SPECIAL = "\\*_+-^~?{}[]|!#@";

    private WikiText() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        Matcher url = URL.matcher(text);
        int from = 0;
        while (url.find()) {
            escapeInto(text.substring(from, url.start()), out);
            out.append(url.group());
            from = url.end();
        }
        escapeInto(text.substring(from), out);
        return out.toString();
    }

    private static void escapeInto(String plain, StringBuilder out) {
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
    }
}

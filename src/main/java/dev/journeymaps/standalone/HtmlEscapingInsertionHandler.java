package dev.journeymaps.standalone;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;

/**
 * HTML-escapes what a reference writes into the page unless the reference's last name ends in
 * {@code Html}: {@code $headHtml}, {@code $page.summaryHtml()}, {@code $page.getSummaryHtml()} and
 * {@code $!{cardHtml}} are written as they are; {@code $page.title()} or {@code $i18n.getText("k")} are
 * escaped. This mirrors Jira's auto-escaping; see {@link VelocityViewRenderer} for the research behind it.
 */
public final class HtmlEscapingInsertionHandler implements ReferenceInsertionEventHandler {
    /**
     * The answer per reference, as written in a template: a page writes the same few hundred references thousands of
     * times (once per card), so each is parsed once. Bounded by the templates' text.
     */
    private final java.util.concurrent.ConcurrentMap<String, Boolean> safeNames = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        if (value == null || safeNames.computeIfAbsent(reference, HtmlEscapingInsertionHandler::isHtmlSafeName)) {
            return value;
        }
        return escape(String.valueOf(value));
    }

    /** True when the last identifier of the reference (variable, property or method) ends in "Html". */
    static boolean isHtmlSafeName(String reference) {
        return lastIdentifier(reference).endsWith("Html");
    }

    /** {@code $!{a.b(x, "y.z()").cHtml()}} → {@code cHtml}: skips arguments, quotes and braces. */
    static String lastIdentifier(String reference) {
        StringBuilder current = new StringBuilder();
        String last = "";
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (depth > 0) {
                if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '(' || c == '[') {
                    depth++;
                } else if (c == ')' || c == ']') {
                    depth--;
                }
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '-') {
                current.append(c);
            } else {
                if (current.length() > 0) {
                    last = current.toString();
                    current.setLength(0);
                }
                if (c == '(' || c == '[') {
                    depth++;
                }
            }
        }
        return current.length() > 0 ? current.toString() : last;
    }

    /** The five characters that matter in element content and quoted attributes, as Jira's TextUtils.htmlEncode. */
    static String escape(String text) {
        int first = 0;
        while (first < text.length() && "&<>\"'".indexOf(text.charAt(first)) < 0) {
            first++;
        }
        if (first == text.length()) {
            return text; // most values (ids, labels, class names) have nothing to escape
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

package dev.journeymaps.app.work.tracker;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the issue picker asks for: an issue key, free text, or raw JQL from a user who knows it.
 * Both Jira adapters speak JQL, so the translation lives here, once.
 */
public record IssueQuery(Kind kind, String value) {

    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]*-[1-9][0-9]*");

    public enum Kind { KEY, TEXT, JQL }

    public IssueQuery {
        Objects.requireNonNull(kind, "kind");
        value = value == null ? "" : value.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("An issue query needs a value");
        }
    }

    /** What a user typed into the picker: a key if it looks like one ({@code ABC-123}), text otherwise. */
    public static IssueQuery typed(String input) {
        String value = input == null ? "" : input.strip();
        return new IssueQuery(ISSUE_KEY.matcher(value).matches() ? Kind.KEY : Kind.TEXT, value);
    }

    public static IssueQuery jql(String jql) {
        return new IssueQuery(Kind.JQL, jql);
    }

    public String toJql() {
        return switch (kind) {
            case KEY -> "key = " + quoted(value.toUpperCase(Locale.ROOT));
            case TEXT -> "text ~ " + quoted(value) + " ORDER BY updated DESC";
            case JQL -> value;
        };
    }

    /** A JQL string literal: double quotes, with backslashes and double quotes escaped. */
    public static String quoted(String literal) {
        return '"' + literal.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}

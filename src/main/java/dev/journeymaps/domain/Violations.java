package dev.journeymaps.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects every problem with one input, so the user sees them all at once, then throws. */
public final class Violations {
    private final Map<String, String> fields = new LinkedHashMap<>();
    private final List<String> messages = new ArrayList<>();

    public Violations required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            fields.putIfAbsent(field, "This field is required.");
        } else {
            maxLength(field, value, maxLength);
        }
        return this;
    }

    /** Text of at most {@code maxLength} characters (code points), without NUL or broken characters. */
    public Violations maxLength(String field, String value, int maxLength) {
        text(field, value);
        if (value != null && Text.length(value) > maxLength) {
            fields.putIfAbsent(field, "Must be at most " + maxLength + " characters (it has " + Text.length(value) + ").");
        }
        return this;
    }

    /** Text that can be stored: Unicode scalar values without NUL (see {@link Text#problem}). */
    public Violations text(String field, String value) {
        String problem = value == null ? null : Text.problem(value);
        if (problem != null) {
            fields.putIfAbsent(field, problem);
        }
        return this;
    }

    public Violations notNull(String field, Object value, String message) {
        if (value == null) {
            fields.putIfAbsent(field, message);
        }
        return this;
    }

    public Violations check(boolean ok, String field, String message) {
        if (!ok) {
            fields.putIfAbsent(field, message);
        }
        return this;
    }

    public Violations general(boolean ok, String message) {
        if (!ok) {
            messages.add(message);
        }
        return this;
    }

    public void throwIfAny() {
        if (!fields.isEmpty() || !messages.isEmpty()) {
            throw new ValidationException(fields, messages);
        }
    }
}

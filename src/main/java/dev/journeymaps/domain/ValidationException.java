package dev.journeymaps.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bad input, found before anything changed. Carries field errors and general messages, which the
 * REST layer turns into Jira's error shape ({@code errorMessages}, {@code errors}).
 */
public class ValidationException extends RuntimeException {
    private final Map<String, String> fieldErrors;
    private final List<String> messages;

    public ValidationException(Map<String, String> fieldErrors, List<String> messages) {
        super(describe(fieldErrors, messages));
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
        this.messages = List.copyOf(messages);
    }

    public static ValidationException field(String field, String message) {
        return new ValidationException(Map.of(field, message), List.of());
    }

    public static ValidationException general(String message) {
        return new ValidationException(Map.of(), List.of(message));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    public List<String> messages() {
        return messages;
    }

    private static String describe(Map<String, String> fieldErrors, List<String> messages) {
        StringBuilder out = new StringBuilder(String.join("; ", messages));
        fieldErrors.forEach((field, message) -> {
            if (out.length() > 0) {
                out.append("; ");
            }
            out.append(field).append(": ").append(message);
        });
        return out.toString();
    }
}

package dev.journeymaps.jirarest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.journeymaps.app.work.tracker.IssueTrackerException;
import dev.journeymaps.app.work.tracker.IssueTrackerException.Kind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns Jira's error answers ({@code {"errorMessages": [...], "errors": {...}}}) into our exception. */
final class JiraErrors {
    private JiraErrors() {
    }

    static IssueTrackerException from(int status, String body, String what, ObjectMapper json) {
        JsonNode tree = parse(body, json);
        List<String> messages = new ArrayList<>();
        tree.path("errorMessages").forEach(message -> messages.add(message.asText()));
        Map<String, String> errors = new LinkedHashMap<>();
        tree.path("errors").fields().forEachRemaining(field -> errors.put(field.getKey(), field.getValue().asText()));
        Kind kind = kindOf(status);
        String detail = messages.isEmpty() && errors.isEmpty() ? "" : ": " + summary(messages, errors);
        return new IssueTrackerException(kind, "Jira answered " + status + " to " + what + detail, messages, errors);
    }

    /** Data Center's header on a 403 that refuses the credentials themselves, e.g. {@code CAPTCHA_CHALLENGE; login-url=…}. */
    static final String DENIED_REASON = "X-Authentication-Denied-Reason";

    /**
     * Jira refused to check the credentials at all (too many failed logins: a CAPTCHA stands in the way). That is a
     * sign-in problem the user can solve in Jira's own login page, not "wrong credentials" and not an outage.
     */
    static IssueTrackerException denied(String reason, String what) {
        String message = reason.toUpperCase(java.util.Locale.ROOT).startsWith("CAPTCHA_CHALLENGE")
                ? "Jira wants a CAPTCHA answered before it checks these credentials again: sign in to Jira once in your "
                        + "browser, then try again here."
                : "Jira refused to check these credentials (" + reason.split(";")[0].strip() + ").";
        return new IssueTrackerException(Kind.UNAUTHORIZED, "Jira answered 403 to " + what + ": " + message,
                List.of(message), Map.of());
    }

    static Kind kindOf(int status) {
        return switch (status) {
            case 401 -> Kind.UNAUTHORIZED;
            case 403 -> Kind.FORBIDDEN;
            case 404 -> Kind.NOT_FOUND;
            case 429 -> Kind.RATE_LIMITED;
            default -> status >= 500 ? Kind.UNAVAILABLE : Kind.BAD_REQUEST;
        };
    }

    /** Jira sometimes answers errors with HTML (a proxy, a login page); then there is nothing to carry. */
    private static JsonNode parse(String body, ObjectMapper json) {
        if (body == null || body.isBlank()) {
            return json.missingNode();
        }
        try {
            return json.readTree(body);
        } catch (JsonProcessingException notJson) {
            return json.missingNode();
        }
    }

    private static String summary(List<String> messages, Map<String, String> errors) {
        List<String> parts = new ArrayList<>(messages);
        errors.forEach((field, message) -> parts.add(field + ": " + message));
        return String.join("; ", parts);
    }
}

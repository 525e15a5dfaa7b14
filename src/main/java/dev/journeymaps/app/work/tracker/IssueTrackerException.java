package dev.journeymaps.app.work.tracker;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Jira said no, or could not be reached. Carries Jira's own {@code errorMessages} and {@code errors}. */
public class IssueTrackerException extends RuntimeException {

    public enum Kind {
        /** Credentials missing, wrong or expired. */
        UNAUTHORIZED,
        /** Signed in, but not allowed. */
        FORBIDDEN,
        /** No such issue or project, or the user may not see it. */
        NOT_FOUND,
        /** Jira rejected the input (bad JQL, missing field, unknown issue type). */
        BAD_REQUEST,
        /** Jira is down, unreachable, or too slow. */
        UNAVAILABLE,
        /** Jira asked us to slow down for longer than we are prepared to wait. */
        RATE_LIMITED
    }

    private final Kind kind;
    private final List<String> errorMessages;
    private final Map<String, String> errors;

    public IssueTrackerException(Kind kind, String message, List<String> errorMessages, Map<String, String> errors,
                                 Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.errorMessages = List.copyOf(errorMessages);
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public IssueTrackerException(Kind kind, String message, List<String> errorMessages, Map<String, String> errors) {
        this(kind, message, errorMessages, errors, null);
    }

    public static IssueTrackerException unavailable(String message, Throwable cause) {
        return new IssueTrackerException(Kind.UNAVAILABLE, message, List.of(), Map.of(), cause);
    }

    public Kind kind() {
        return kind;
    }

    public List<String> errorMessages() {
        return errorMessages;
    }

    public Map<String, String> errors() {
        return errors;
    }
}

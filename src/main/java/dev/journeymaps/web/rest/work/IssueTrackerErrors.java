package dev.journeymaps.web.rest.work;

import dev.journeymaps.web.rest.ErrorCollection;
import dev.journeymaps.web.rest.ErrorResponses;
import dev.journeymaps.app.work.tracker.IssueTrackerException;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.List;

/**
 * Jira's refusals and absences, passed on in Jira's own error shape: 401 credentials, 403 forbidden,
 * 404 not found, 400 rejected input (with Jira's field errors), 503 unavailable or rate limited.
 * Raised before our own writes, so nothing changed.
 */
@Provider
public class IssueTrackerErrors implements ExceptionMapper<IssueTrackerException> {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(IssueTrackerErrors.class);

    @Override
    public Response toResponse(IssueTrackerException e) {
        int status = switch (e.kind()) {
            case UNAUTHORIZED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case BAD_REQUEST -> 400;
            case UNAVAILABLE, RATE_LIMITED -> 503;
        };
        List<String> messages = new ArrayList<>(e.errorMessages());
        if (messages.isEmpty() && e.errors().isEmpty()) {
            // An outage's message names the request and the client's exception: for the log, not for users.
            boolean outage = status == 503;
            if (outage) {
                LOG.warn("Jira unavailable: {}", e.getMessage());
            }
            messages.add(outage ? "Jira did not answer. Try again in a moment." : e.getMessage());
        }
        return ErrorResponses.of(status, new ErrorCollection(messages, e.errors()));
    }
}

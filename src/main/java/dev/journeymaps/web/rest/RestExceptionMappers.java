package dev.journeymaps.web.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.journeymaps.app.ConflictException;
import dev.journeymaps.app.NotFoundException;
import dev.journeymaps.app.PermissionDeniedException;
import dev.journeymaps.domain.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the use cases' exceptions into status codes with Jira-shaped bodies. Every one of these is
 * raised before anything was written (or inside a rolled-back transaction), so none changed data.
 */
public final class RestExceptionMappers {
    private RestExceptionMappers() {
    }

    /** 400: bad input, with the offending fields. */
    @Provider
    public static class Validation implements ExceptionMapper<ValidationException> {
        @Override
        public Response toResponse(ValidationException e) {
            return ErrorResponses.of(400, new ErrorCollection(e.messages(), e.fieldErrors()));
        }
    }

    /** 400: the body is not the JSON we expect; a value of the wrong type is named by its field, in user words. */
    @Provider
    public static class MalformedJson implements ExceptionMapper<JsonProcessingException> {
        @Override
        public Response toResponse(JsonProcessingException e) {
            return ErrorResponses.of(400, JsonErrors.of(e));
        }
    }

    /** 404. */
    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return ErrorResponses.of(Response.Status.NOT_FOUND, e.getMessage());
        }
    }

    /** 403. */
    @Provider
    public static class Forbidden implements ExceptionMapper<PermissionDeniedException> {
        @Override
        public Response toResponse(PermissionDeniedException e) {
            return ErrorResponses.of(Response.Status.FORBIDDEN, e.getMessage());
        }
    }

    /**
     * 409: someone else changed the map. Jira's error shape (the message says what changed, by whom — display name — and
     * at which version) plus {@code conflict}: the version the write quoted, the current one, and when known the
     * revision that conflicted with its author's key and display name.
     */
    @Provider
    public static class Conflict implements ExceptionMapper<ConflictException> {
        @Override
        public Response toResponse(ConflictException e) {
            return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ConflictBody.of(e)).build();
        }
    }

    /** JAX-RS's own errors (unknown path, wrong method, unsupported media type) in Jira's shape. */
    @Provider
    public static class JaxRs implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response original = e.getResponse();
            String message = original.getStatusInfo().getReasonPhrase();
            if (e.getMessage() != null && !e.getMessage().startsWith("HTTP ")) {
                message = e.getMessage();
            }
            return ErrorResponses.of(original.getStatus(), ErrorCollection.of(message));
        }
    }

    /** 500 without internals; the details go to the log. */
    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        private static final Logger LOG = LoggerFactory.getLogger(Unexpected.class);

        @Override
        public Response toResponse(RuntimeException e) {
            LOG.error("Unexpected error in a journey maps REST call", e);
            return ErrorResponses.of(Response.Status.INTERNAL_SERVER_ERROR,
                    "Something went wrong on the server. The details are in the server log.");
        }
    }
}

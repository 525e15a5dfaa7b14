package dev.journeymaps.web.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;

/** Builds error responses in Jira's shape. */
public final class ErrorResponses {
    private ErrorResponses() {
    }

    public static Response of(Response.Status status, String message) {
        return of(status.getStatusCode(), new ErrorCollection(List.of(message), Map.of()));
    }

    public static Response of(int status, ErrorCollection errors) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(errors).build();
    }
}

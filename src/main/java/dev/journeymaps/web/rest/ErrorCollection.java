package dev.journeymaps.web.rest;

import java.util.List;
import java.util.Map;

/** Jira's REST error shape: general messages plus messages per field. */
public record ErrorCollection(List<String> errorMessages, Map<String, String> errors) {

    public static ErrorCollection of(String message) {
        return new ErrorCollection(List.of(message), Map.of());
    }
}

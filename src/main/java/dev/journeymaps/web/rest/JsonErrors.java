package dev.journeymaps.web.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Jackson's failures as field errors people can act on. Jackson's own messages name Java types
 * ("Cannot deserialize value of type `java.lang.Long`"), which say nothing to a caller and leak internals.
 */
final class JsonErrors {
    private static final Set<Class<?>> WHOLE = Set.of(Integer.class, int.class, Long.class, long.class, Short.class,
            short.class, BigInteger.class);
    private static final Set<Class<?>> NUMBER = Set.of(Double.class, double.class, Float.class, float.class, BigDecimal.class);

    private JsonErrors() {
    }

    static ErrorCollection of(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return new ErrorCollection(List.of(), Map.of(field(mapping.getPath()), message(mapping)));
        }
        if (e instanceof JsonParseException parse && parse.getLocation() != null) {
            return ErrorCollection.of("The request body is not valid JSON (line " + parse.getLocation().getLineNr()
                    + ", column " + parse.getLocation().getColumnNr() + ").");
        }
        return ErrorCollection.of("The request body is not valid JSON for this resource: send one JSON object.");
    }

    /** {@code title}, {@code stages[2].name}: the field as the caller wrote it. */
    private static String field(List<JsonMappingException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference step : path) {
            if (step.getFieldName() != null) {
                out.append(out.length() == 0 ? "" : ".").append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                out.append('[').append(step.getIndex()).append(']');
            }
        }
        return out.length() == 0 ? "body" : out.toString();
    }

    private static String message(JsonMappingException e) {
        if (e instanceof RestJson.UnstorableText) {
            return e.getOriginalMessage();
        }
        Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (target == null) {
            return "Has the wrong type of value.";
        }
        if (WHOLE.contains(target)) {
            return "Must be a whole number (no decimals, no quotes).";
        }
        if (NUMBER.contains(target)) {
            return "Must be a number (no quotes).";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "Must be true or false (no quotes).";
        }
        if (target == String.class) {
            return "Must be text (in quotes).";
        }
        return "Has the wrong type of value.";
    }
}

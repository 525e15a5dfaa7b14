package dev.journeymaps.web.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import dev.journeymaps.domain.board.Channel;
import dev.journeymaps.domain.board.EvidenceType;
import dev.journeymaps.domain.ValidationException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * JSON bodies the REST API accepts. Every write quotes {@code version}, the map version it read.
 * Unknown properties are ignored, as Jira's REST API does.
 */
public final class Requests {
    private static final Pattern DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private Requests() {
    }

    public static long version(Long version) {
        if (version == null) {
            throw ValidationException.field("version", "Quote the map version you read (\"version\"), so concurrent changes are not lost.");
        }
        return version;
    }

    public static <T> T body(T body) {
        if (body == null) {
            throw ValidationException.general("The request needs a JSON body.");
        }
        return body;
    }

    public static long id(Long id, String field) {
        if (id == null) {
            throw ValidationException.field(field, "This field is required.");
        }
        return id;
    }

    public static int index(Integer index) {
        if (index == null) {
            throw ValidationException.field("index", "Give the new 0-based position (\"index\").");
        }
        return optionalIndex(index);
    }

    /** A 0-based position, or null for "last"; a negative one is bad input, not "first". */
    public static Integer optionalIndex(Integer index) {
        if (index != null && index < 0) {
            throw ValidationException.field("index", "The position must be 0 or more.");
        }
        return index;
    }

    /**
     * A whole-number query parameter, or null when absent. JAX-RS would answer a value it cannot convert with
     * 404 (as if the resource did not exist), so parameters arrive as text and are converted here: 400, named.
     */
    public static Long longParam(String value, String name) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ValidationException.field(name, "Must be a whole number.");
        }
    }

    /** As {@link #longParam}, within the range of an int. */
    public static Integer intParam(String value, String name) {
        Long number = longParam(value, name);
        if (number != null && (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE)) {
            throw ValidationException.field(name, "Must be a whole number.");
        }
        return number == null ? null : number.intValue();
    }

    /**
     * A whole number from JSON, or null when absent. Jackson would quietly cut {@code 2.5} to 2, and a
     * score or count that was not meant must not be stored, so anything but an integral number is a 400.
     */
    public static Integer wholeNumber(JsonNode node, String field) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw ValidationException.field(field, "Must be a whole number.");
        }
        return node.intValue();
    }

    public static Channel channel(String key) {
        Channel channel = Channel.fromKey(key);
        if (key != null && !key.isEmpty() && channel == null) {
            throw ValidationException.field("channel", "Unknown channel \"" + key
                    + "\": use web, mobile-app, phone, in-person, email, chat, social or other.");
        }
        return channel;
    }

    public static EvidenceType evidenceType(String key) {
        EvidenceType type = EvidenceType.fromKey(key);
        if (key != null && type == null) {
            throw ValidationException.field("type", "Unknown evidence type \"" + key
                    + "\": use interview, survey, analytics, support-ticket, usability-test or other.");
        }
        return type;
    }

    /** A calendar day as YYYY-MM-DD (a four-digit year, so never after 9999), or null when absent. */
    public static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String day = value.strip();
        try {
            if (DAY.matcher(day).matches()) {
                return LocalDate.parse(day);
            }
        } catch (DateTimeParseException e) {
            // answered below, as any other text that is not a day
        }
        throw ValidationException.field("date", "Give the date as YYYY-MM-DD.");
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MapBody(String projectKey, String title, String type, String persona, String journey, String goal,
                   String purpose, String owner, Long personaId, Long version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PersonaBody(String projectKey, String name, String description, String goals, String frustrations, Long version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    /** {@code assumption}: true when the piece is only an assumption, not validated research (absent: validated). */
    public record EvidenceBody(String type, Boolean quantitative, JsonNode customersAffected, String sourceUrl, String quote,
                        String date, Long version, Boolean assumption) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record StageBody(String name, Integer index, Long version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LaneBody(String kind, String title, Boolean hidden, Integer index, Long version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CardBody(Long laneId, Long stageId, Integer index, String text, String details, JsonNode emotion,
                    String channel, Long version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MoveBody(Long laneId, Long stageId, Integer index, Long version) {
    }
}

package dev.journeymaps.web.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.journeymaps.domain.ValidationException;

/**
 * JSON bodies the REST API accepts. Every write quotes {@code version}, the map version it read.
 * Unknown properties are ignored, as Jira's REST API does.
 */
final class Requests {
    private Requests() {
    }

    static long version(Long version) {
        if (version == null) {
            throw ValidationException.field("version", "Quote the map version you read (\"version\"), so concurrent changes are not lost.");
        }
        return version;
    }

    static <T> T body(T body) {
        if (body == null) {
            throw ValidationException.general("The request needs a JSON body.");
        }
        return body;
    }

    static long id(Long id, String field) {
        if (id == null) {
            throw ValidationException.field(field, "This field is required.");
        }
        return id;
    }

    static int index(Integer index) {
        if (index == null) {
            throw ValidationException.field("index", "Give the new 0-based position (\"index\").");
        }
        if (index < 0) {
            throw ValidationException.field("index", "The position must be 0 or more.");
        }
        return index;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MapBody(String projectKey, String title, String type, String persona, String journey, String goal,
                   String purpose, String owner, Long version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record StageBody(String name, Integer index, Long version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record LaneBody(String kind, String title, Integer index, Long version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CardBody(Long laneId, Long stageId, Integer index, String text, String details, Long version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MoveBody(Long laneId, Long stageId, Integer index, Long version) {
    }
}

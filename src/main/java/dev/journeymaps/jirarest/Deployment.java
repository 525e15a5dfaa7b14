package dev.journeymaps.jirarest;

import com.fasterxml.jackson.databind.JsonNode;

/** Which Jira we talk to; it decides the search endpoint (Cloud removed the old one). */
enum Deployment {
    CLOUD,
    DATA_CENTER;

    /** From {@code GET /rest/api/2/serverInfo}: Cloud says "Cloud", DC says "Server" or "DataCenter". */
    static Deployment fromServerInfo(JsonNode serverInfo) {
        return "Cloud".equalsIgnoreCase(serverInfo.path("deploymentType").asText()) ? CLOUD : DATA_CENTER;
    }
}

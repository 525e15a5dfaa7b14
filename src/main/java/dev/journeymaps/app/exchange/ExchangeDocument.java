package dev.journeymaps.app.exchange;

import java.util.List;

/**
 * The exchange format of maps between hosts and Jira sites, version {@value #VERSION} (docs/export-schema.json is its
 * JSON Schema). It carries no database id: stages, lanes and cards are placed by their order, personas named, so the same
 * maps exported from two instances give equal documents. Links keep both the issue id (the identity on the site they
 * came from) and the key. Users are keys as the source host knows them.
 */
public record ExchangeDocument(int schemaVersion, String kind, String projectKey, List<PersonaDoc> personas, List<MapDoc> maps) {
    public static final int VERSION = 1;

    public record PersonaDoc(String name, String description, String goals, String frustrations) {
    }

    /** {@code persona}: the name of one of the document's personas, or null. */
    public record MapDoc(String title, String type, String owner, String persona, ScopeDoc scope, String scoringMethod,
                         List<String> stages, List<LaneDoc> lanes, List<CardDoc> cards) {
    }

    public record ScopeDoc(String persona, String journey, String goal, String purpose) {
    }

    public record LaneDoc(String kind, String title, boolean hidden) {
    }

    /** A card in the cell (stage index, lane index); cards of one cell in board order. */
    public record CardDoc(int stage, int lane, String text, String details, Integer emotion, String channel, String owner,
                          ScoresDoc scores, List<EvidenceDoc> evidence, List<LinkDoc> links) {
    }

    public record ScoresDoc(Integer impact, Integer feasibility, Integer reach, Double riceImpact, Double effort) {
    }

    /** {@code date}: ISO-8601 day or null. */
    public record EvidenceDoc(String type, boolean quantitative, Integer customersAffected, String sourceUrl, String quote,
                              String date) {
    }

    public record LinkDoc(long issueId, String issueKey) {
    }
}

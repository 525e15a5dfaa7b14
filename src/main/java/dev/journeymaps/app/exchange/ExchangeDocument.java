package dev.journeymaps.app.exchange;

import java.util.List;

/**
 * The exchange format of maps between hosts and Jira sites, version {@value #VERSION} (docs/export-schema.json is its
 * JSON Schema). It carries no database id: stages, lanes and cards are placed by their order, personas named, so the same
 * maps exported from two instances give equal documents. Links keep both the issue id (the identity on the site they
 * came from) and the key. Users are keys as the source host knows them.
 */
public record ExchangeDocument(int schemaVersion, Integer schemaMinor, String kind, String projectKey, List<PersonaDoc> personas,
                               List<MapDoc> maps) {
    public static final int VERSION = 1;
    /**
     * Additions a reader of {@value #VERSION}.0 can do without (1: each map's review cadence and snapshots). A document
     * without it is {@value #VERSION}.0 and still read; a newer minor of the same version is refused only where it
     * carries a field this server does not know.
     */
    public static final int MINOR = 3;

    public ExchangeDocument(int schemaVersion, String kind, String projectKey, List<PersonaDoc> personas, List<MapDoc> maps) {
        this(schemaVersion, MINOR, kind, projectKey, personas, maps);
    }

    public record PersonaDoc(String name, String description, String goals, String frustrations) {
    }

    /**
     * {@code persona}: the name of one of the document's personas, or null. {@code review}: the map's review cadence,
     * null when it has the default one and was never reviewed; {@code snapshots} oldest first (none in 1.0 documents).
     */
    public record MapDoc(String title, String type, String owner, String persona, ScopeDoc scope, String scoringMethod,
                         List<String> stages, List<LaneDoc> lanes, List<CardDoc> cards, ReviewDoc review,
                         List<SnapshotDoc> snapshots) {
        public MapDoc {
            snapshots = snapshots == null ? List.of() : snapshots;
        }
    }

    /** {@code lastReviewedAt}: an ISO-8601 instant or null (never reviewed). */
    public record ReviewDoc(int intervalDays, String lastReviewedAt, String lastReviewedBy) {
    }

    /**
     * A snapshot as taken on the source: the map's version then, when, by whom, its label, and the board as it was
     * (names, not ids: {@code card} in a snapshot card is the index of that card in the map's {@code cards} if it still
     * exists, else null).
     */
    public record SnapshotDoc(long mapVersion, String takenAt, String takenBy, String label, String title, String type,
                              long version, String scoringMethod, List<String> stages, List<String> lanes,
                              List<SnapshotCardDoc> cards, boolean emotions) {
    }

    public record SnapshotCardDoc(Integer card, String text, String details, String laneKind, String laneTitle, String stageName,
                                  String owner, Integer impact, Integer feasibility, Double score, String formula, String status,
                                  Integer emotion) {
    }

    public record ScopeDoc(String persona, String journey, String goal, String purpose) {
    }

    public record LaneDoc(String kind, String title, boolean hidden) {
    }

    /** A card in the cell (stage index, lane index); cards of one cell in board order. */
    /** {@code comments} (since minor 3): the card's comments, oldest first; null when it has none. */
    public record CardDoc(int stage, int lane, String text, String details, Integer emotion, String channel, String owner,
                          ScoresDoc scores, List<EvidenceDoc> evidence, List<LinkDoc> links, List<CommentDoc> comments) {
    }

    /**
     * A comment on a card (since minor 3): its author's user key (renamed on import like owners), its text with mentions
     * as {@code @[userKey]} (renamed too), when it was written and last edited (ISO-8601 instants; edited null if never).
     */
    public record CommentDoc(String author, String text, String createdAt, String editedAt) {
    }

    public record ScoresDoc(Integer impact, Integer feasibility, Integer reach, Double riceImpact, Double effort) {
    }

    /**
     * {@code date}: ISO-8601 day or null. {@code assumption} (since minor 2): true for evidence marked "not validated
     * yet"; null (or absent, in older documents) for validated evidence.
     */
    public record EvidenceDoc(String type, boolean quantitative, Integer customersAffected, String sourceUrl, String quote,
                              String date, Boolean assumption) {
    }

    /**
     * {@code unresolved}: true for a link an import into another Jira site found neither by key nor by id (kept as the
     * old site named it, for the user to relink or remove); null otherwise.
     */
    public record LinkDoc(long issueId, String issueKey, Boolean unresolved) {
        public LinkDoc(long issueId, String issueKey) {
            this(issueId, issueKey, null);
        }

        /** Not named isUnresolved: Jackson would write it as a second "unresolved" property. */
        public boolean keptUnresolved() {
            return Boolean.TRUE.equals(unresolved);
        }
    }
}

package dev.journeymaps.domain;

import java.time.Instant;

/**
 * A journey map's header: it belongs to one Jira project, has a type and a scope card, an owner (a Jira
 * user key, empty when unowned) and a version that every write must quote (optimistic concurrency).
 */
public record JourneyMap(long id, String projectKey, String title, MapType type, ScopeCard scope,
                         String ownerKey, Instant created, Instant updated, long version) {

    public JourneyMap {
        ownerKey = Text.orEmpty(ownerKey);
        scope = scope == null ? ScopeCard.EMPTY : scope;
    }

    public JourneyMap withDetails(MapDetails details, Instant now) {
        return new JourneyMap(id, projectKey, details.title(), details.type(), details.scope(),
                details.ownerKey(), created, now, version);
    }
}

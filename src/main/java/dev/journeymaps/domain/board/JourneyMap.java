package dev.journeymaps.domain.board;

import dev.journeymaps.domain.Text;
import java.time.Instant;

/**
 * A journey map's header: it belongs to one Jira project, has a type and a scope card, an owner (a Jira
 * user key, empty when unowned) and a version that every write must quote (optimistic concurrency).
 * {@code personaId} names one of the project's personas (null: the scope card's persona text stands);
 * {@code originMapId} is the current-state map a future-state map was created from (null otherwise).
 * An {@code archived} map is kept whole but read-only, out of the project's active list and roll-ups, until restored.
 */
public record JourneyMap(long id, String projectKey, String title, MapType type, ScopeCard scope,
                         String ownerKey, Instant created, Instant updated, long version, Long personaId, Long originMapId,
                         boolean archived) {

    public JourneyMap {
        ownerKey = Text.orEmpty(ownerKey);
        scope = scope == null ? ScopeCard.EMPTY : scope;
    }

    public JourneyMap(long id, String projectKey, String title, MapType type, ScopeCard scope,
                      String ownerKey, Instant created, Instant updated, long version) {
        this(id, projectKey, title, type, scope, ownerKey, created, updated, version, null, null);
    }

    /** A map that is not archived. */
    public JourneyMap(long id, String projectKey, String title, MapType type, ScopeCard scope,
                      String ownerKey, Instant created, Instant updated, long version, Long personaId, Long originMapId) {
        this(id, projectKey, title, type, scope, ownerKey, created, updated, version, personaId, originMapId, false);
    }

    public JourneyMap withDetails(MapDetails details, Instant now) {
        return new JourneyMap(id, projectKey, details.title(), details.type(), details.scope(),
                details.ownerKey(), created, now, version, details.personaId(), originMapId, archived);
    }

    public JourneyMap atVersion(long newVersion, Instant now) {
        return new JourneyMap(id, projectKey, title, type, scope, ownerKey, created, now, newVersion, personaId, originMapId, archived);
    }

    public MapDetails details() {
        return new MapDetails(title, type, scope, ownerKey, personaId);
    }
}

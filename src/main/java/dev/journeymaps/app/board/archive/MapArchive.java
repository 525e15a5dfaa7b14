package dev.journeymaps.app.board.archive;

import dev.journeymaps.app.Actor;
import dev.journeymaps.app.board.BoardAudit;
import dev.journeymaps.app.board.MapAccess;
import dev.journeymaps.app.board.MapRepository;
import dev.journeymaps.domain.ValidationException;
import dev.journeymaps.domain.board.JourneyMap;
import dev.journeymaps.domain.board.MapBoard;

import java.time.Clock;
import java.time.Instant;

/**
 * Archives a map and restores it. An archived map keeps everything (cards, evidence, links, scores, owners, history)
 * but is read-only ({@link MapAccess#requireActive}) and left out of the project's active list and roll-ups
 * (priorities, due for review, work status, picker counts); restoring brings it all back. Editors only; each is one
 * versioned change with its history line.
 */
public final class MapArchive {
    public static final String ARCHIVED = "map.archived";
    public static final String UNARCHIVED = "map.unarchived";

    private final MapRepository repository;
    private final MapAccess access;
    private final BoardAudit audit;
    private final Clock clock;

    public MapArchive(MapRepository repository, MapAccess access, BoardAudit audit, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Archives an active map; an archived one is a 400 that changes nothing. Returns the map at its new version. */
    public MapBoard archive(Actor actor, long mapId, long version) {
        return set(actor, mapId, version, true);
    }

    /** Restores an archived map; an active one is a 400 that changes nothing. Returns the map at its new version. */
    public MapBoard restore(Actor actor, long mapId, long version) {
        return set(actor, mapId, version, false);
    }

    private MapBoard set(Actor actor, long mapId, long version, boolean archived) {
        MapBoard board = access.archivable(actor, mapId, version);
        JourneyMap map = board.map();
        if (map.archived() == archived) {
            throw ValidationException.general(archived ? "This map is already archived." : "This map is not archived.");
        }
        Instant now = clock.instant();
        repository.change(mapId, version, actor.userKey(), now, writer -> {
            writer.setArchived(archived);
            audit.append(mapId, version + 1, now, actor.userKey(), archived
                    ? new BoardAudit.Line(ARCHIVED, map.title(), "Archived the map")
                    : new BoardAudit.Line(UNARCHIVED, map.title(), "Restored the map from the archive"));
            return null;
        });
        return access.viewable(actor, mapId);
    }
}

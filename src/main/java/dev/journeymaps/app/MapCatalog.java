package dev.journeymaps.app;

import dev.journeymaps.domain.JourneyMap;
import dev.journeymaps.domain.MapBoard;
import dev.journeymaps.domain.MapDetails;
import dev.journeymaps.domain.MapSummary;
import dev.journeymaps.domain.MapTemplate;

import java.time.Clock;
import java.util.List;

/** Use cases on whole maps: list a project's maps, create one from its type's template, edit, delete. */
public class MapCatalog {
    private final MapRepository repository;
    private final MapAccess access;
    private final Clock clock;

    public MapCatalog(MapRepository repository, AccessPolicy policy, Clock clock) {
        this.repository = repository;
        this.access = new MapAccess(repository, policy);
        this.clock = clock;
    }

    public List<MapSummary> listMaps(Actor actor, String projectKey) {
        String key = MapDetails.validProjectKey(projectKey);
        access.requireView(actor, key);
        return repository.listMaps(key);
    }

    public MapBoard viewMap(Actor actor, long mapId) {
        return access.viewable(actor, mapId);
    }

    /** Creates a map with the stages and lanes of its type's template; the creator owns it unless told otherwise. */
    public MapBoard createMap(Actor actor, String projectKey, MapDetails details) {
        String key = MapDetails.validProjectKey(projectKey);
        MapDetails valid = details.validated();
        access.requireEdit(actor, key);
        MapDetails owned = valid.ownerKey().isEmpty()
                ? new MapDetails(valid.title(), valid.type(), valid.scope(), actor.userKey())
                : valid;
        JourneyMap created = repository.createMap(key, owned, MapTemplate.of(owned.type()), actor.userKey(), clock.instant());
        return access.viewable(actor, created.id());
    }

    public MapBoard updateMap(Actor actor, long mapId, long version, MapDetails details) {
        MapDetails valid = details.validated();
        access.editable(actor, mapId, version);
        repository.change(mapId, version, actor.userKey(), clock.instant(), writer -> {
            writer.updateMap(valid);
            return null;
        });
        return access.viewable(actor, mapId);
    }

    public void deleteMap(Actor actor, long mapId, long version) {
        MapBoard board = access.editable(actor, mapId, version);
        access.requireAdminister(actor, board.map().projectKey());
        repository.deleteMap(mapId, version);
    }
}

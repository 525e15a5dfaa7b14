package dev.journeymaps.app.board;

import dev.journeymaps.app.AccessPolicy;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.Directory;
import dev.journeymaps.app.Owners;
import dev.journeymaps.domain.board.JourneyMap;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.MapDetails;
import dev.journeymaps.domain.board.MapFilter;
import dev.journeymaps.domain.board.MapSummary;
import dev.journeymaps.domain.board.MapTemplate;
import dev.journeymaps.domain.board.MapType;
import dev.journeymaps.domain.board.Persona;
import dev.journeymaps.domain.ValidationException;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Use cases on whole maps: list a project's maps, create one from its type's template or as the future
 * state of a current-state map, edit, delete.
 */
public class MapCatalog {
    private final MapRepository repository;
    private final PersonaRepository personas;
    private final MapAccess access;
    private final Directory directory;
    private final Clock clock;

    public MapCatalog(MapRepository repository, PersonaRepository personas, AccessPolicy policy, Directory directory, Clock clock) {
        this.repository = repository;
        this.personas = personas;
        this.access = new MapAccess(repository, policy);
        this.directory = directory;
        this.clock = clock;
    }

    public List<MapSummary> listMaps(Actor actor, String projectKey) {
        return listMaps(actor, projectKey, MapFilter.ALL);
    }

    /** The project's maps that pass {@code filter}, newest first. */
    public List<MapSummary> listMaps(Actor actor, String projectKey, MapFilter filter) {
        String key = MapDetails.validProjectKey(projectKey);
        access.requireView(actor, key);
        return repository.listMaps(key).stream().filter(summary -> filter.matches(summary.map())).toList();
    }

    public MapBoard viewMap(Actor actor, long mapId) {
        return access.viewable(actor, mapId);
    }

    /** The map a future-state map came from and the future-state maps made from this one. */
    public Related related(Actor actor, JourneyMap map) {
        return new Related(access.viewableOrigin(actor, map), repository.derivedFrom(map.id()));
    }

    /** Creates a map with the stages and lanes of its type's template; the creator owns it unless told otherwise. */
    public MapBoard createMap(Actor actor, String projectKey, MapDetails details) {
        String key = MapDetails.validProjectKey(projectKey);
        MapDetails valid = details.validated();
        access.requireEdit(actor, key);
        requirePersonaOf(key, valid.personaId());
        MapDetails owned = valid.ownerKey().isEmpty() ? valid.ownedBy(actor.userKey()) : valid.ownedBy(Owners.known(directory, actor, valid.ownerKey()));
        JourneyMap created = repository.createMap(key, owned, MapTemplate.of(owned.type()), actor.userKey(), clock.instant());
        return access.viewable(actor, created.id());
    }

    /**
     * Copies a current-state map (stages, lanes, cards, evidence) into a new future-state map that
     * remembers where it came from. The creator owns the copy.
     */
    public MapBoard createFutureState(Actor actor, long mapId) {
        MapBoard source = access.viewable(actor, mapId);
        JourneyMap map = source.map();
        access.requireEdit(actor, map.projectKey());
        if (map.type() != MapType.CURRENT_STATE) {
            throw ValidationException.general("Only a current-state map can have a future-state map made from it.");
        }
        MapDetails details = new MapDetails(map.title() + " (future state)", MapType.FUTURE_STATE, map.scope(),
                actor.userKey(), map.personaId()).validatedTitleCut();
        JourneyMap created = repository.copyMap(source, details, actor.userKey(), clock.instant());
        return access.viewable(actor, created.id());
    }

    public MapBoard updateMap(Actor actor, long mapId, long version, MapDetails details) {
        MapDetails valid = details.validated();
        MapBoard board = access.editable(actor, mapId, version);
        requirePersonaOf(board.map().projectKey(), valid.personaId());
        if (!valid.ownerKey().equals(board.map().ownerKey())) {
            Owners.known(directory, actor, valid.ownerKey());
        }
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

    /** A map may only use a persona of its own project. */
    private void requirePersonaOf(String projectKey, Long personaId) {
        if (personaId == null) {
            return;
        }
        boolean ours = personas.findPersona(personaId).map(Persona::projectKey).filter(projectKey::equals).isPresent();
        if (!ours) {
            throw ValidationException.field("personaId", "Persona " + personaId + " is not a persona of project " + projectKey + ".");
        }
    }

    /** A map's origin (for a future-state map) and the maps derived from it. */
    public record Related(Optional<JourneyMap> origin, List<JourneyMap> derived) {
    }
}

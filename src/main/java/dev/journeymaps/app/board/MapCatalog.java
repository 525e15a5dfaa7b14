package dev.journeymaps.app.board;

import dev.journeymaps.app.AccessPolicy;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.AuditTrail;
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
    private final AccessPolicy policy;
    private final BoardAudit audit;
    private final Directory directory;
    private final Clock clock;
    private final dev.journeymaps.app.board.archive.MapArchive archive;

    public MapCatalog(MapRepository repository, PersonaRepository personas, AccessPolicy policy, Directory directory, Clock clock) {
        this(repository, personas, policy, directory, clock, null);
    }

    /** With {@code audit}: edits of the title and scope also write an audit line saying what changed. */
    public MapCatalog(MapRepository repository, PersonaRepository personas, AccessPolicy policy, Directory directory, Clock clock,
                      AuditTrail audit) {
        this.audit = new BoardAudit(audit);
        this.repository = repository;
        this.personas = personas;
        this.access = new MapAccess(repository, policy);
        this.policy = policy;
        this.directory = directory;
        this.clock = clock;
        this.archive = new dev.journeymaps.app.board.archive.MapArchive(repository, access, this.audit, clock);
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

    /**
     * The project picker: every project with maps the actor may view (with its map count), then the other projects
     * the host says the actor may browse (none when it cannot say), by key.
     */
    public List<ProjectOverview> projects(Actor actor) {
        java.util.Map<String, ProjectOverview> projects = new java.util.TreeMap<>();
        List<AccessPolicy.ProjectName> browsable = policy.browsableProjects(actor);
        java.util.Map<String, String> names = new java.util.HashMap<>();
        browsable.forEach(p -> names.put(p.key(), p.name()));
        for (String key : repository.projectKeys()) {
            if (policy.canView(actor, key)) {
                int active = (int) repository.listMaps(key).stream().filter(summary -> !summary.map().archived()).count();
                projects.put(key, new ProjectOverview(key, names.getOrDefault(key, ""), active));
            }
        }
        browsable.forEach(p -> projects.putIfAbsent(p.key(), new ProjectOverview(p.key(), p.name(), 0)));
        return List.copyOf(projects.values());
    }

    /** A project in the picker: key, name in Jira (empty when unknown) and how many active (not archived) maps it has. */
    public record ProjectOverview(String key, String name, int mapCount) {
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
     * remembers where it came from. The creator owns the copy. A blank {@code title} gets the default one.
     */
    public MapBoard createFutureState(Actor actor, long mapId, String title) {
        MapBoard source = access.viewable(actor, mapId);
        JourneyMap map = source.map();
        access.requireEdit(actor, map.projectKey());
        if (map.type() != MapType.CURRENT_STATE) {
            throw ValidationException.general("Only a current-state map can have a future-state map made from it.");
        }
        MapDetails details = titled(title, futureStateTitle(map.title()),
                new MapDetails("", MapType.FUTURE_STATE, map.scope(), actor.userKey(), map.personaId()));
        JourneyMap created = repository.copyMap(source, details, actor.userKey(), clock.instant());
        return access.viewable(actor, created.id());
    }

    public MapBoard createFutureState(Actor actor, long mapId) {
        return createFutureState(actor, mapId, null);
    }

    /** "Onboarding (Current state)" becomes "Onboarding (future state)", not "… (Current state) (future state)". */
    public static String futureStateTitle(String currentTitle) {
        String base = currentTitle.replaceFirst("(?i)\\s*[(\\[]?\\s*current[ -]state\\s*[)\\]]?\\s*$", "").strip();
        return (base.isEmpty() ? currentTitle : base) + " (future state)";
    }

    /**
     * Copies any map (stages, lanes, cards, evidence) into a new map of the same type and scope, owned by the
     * copier, under {@code title} ("Copy of …" when blank). Links to Jira, scores and history stay with the original.
     */
    public MapBoard duplicate(Actor actor, long mapId, String title) {
        MapBoard source = access.viewable(actor, mapId);
        JourneyMap map = source.map();
        access.requireEdit(actor, map.projectKey());
        MapDetails details = titled(title, "Copy of " + map.title(),
                new MapDetails("", map.type(), map.scope(), actor.userKey(), map.personaId()));
        JourneyMap created = repository.copyMap(source, details, map.originMapId(), actor.userKey(), clock.instant());
        return access.viewable(actor, created.id());
    }

    public MapBoard updateMap(Actor actor, long mapId, long version, MapDetails details) {
        MapDetails valid = details.validated();
        MapBoard board = access.editable(actor, mapId, version);
        requirePersonaOf(board.map().projectKey(), valid.personaId());
        if (!valid.ownerKey().equals(board.map().ownerKey())) {
            Owners.known(directory, actor, valid.ownerKey());
        }
        java.time.Instant now = clock.instant();
        repository.change(mapId, version, actor.userKey(), now, writer -> {
            writer.updateMap(valid);
            audit.append(mapId, version + 1, now, actor.userKey(), BoardAudit.mapEdited(board.map(), valid));
            return null;
        });
        return access.viewable(actor, mapId);
    }

    public void deleteMap(Actor actor, long mapId, long version) {
        MapBoard board = access.editable(actor, mapId, version);
        access.requireAdminister(actor, board.map().projectKey());
        repository.deleteMap(mapId, version);
    }

    /** Whether the actor may edit the project's maps (a view shows Restore on an archived map only to them). */
    public boolean canEdit(Actor actor, String projectKey) {
        return policy.canEdit(actor, projectKey);
    }

    /** Archives the map: read-only, out of the project's active list and roll-ups, nothing deleted (editors only). */
    public MapBoard archive(Actor actor, long mapId, long version) {
        return archive.archive(actor, mapId, version);
    }

    /** Restores an archived map: editable again, back in the list and roll-ups. */
    public MapBoard restore(Actor actor, long mapId, long version) {
        return archive.restore(actor, mapId, version);
    }

    /** The user's title, validated as typed; or the derived one, cut to the limit. */
    private static MapDetails titled(String title, String derived, MapDetails rest) {
        boolean given = title != null && !title.isBlank();
        MapDetails details = new MapDetails(given ? title.strip() : derived, rest.type(), rest.scope(), rest.ownerKey(), rest.personaId());
        return given ? details.validated() : details.validatedTitleCut();
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

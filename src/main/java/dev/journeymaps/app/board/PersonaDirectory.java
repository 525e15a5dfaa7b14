package dev.journeymaps.app.board;

import dev.journeymaps.app.AccessPolicy;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.ConflictException;
import dev.journeymaps.app.NotFoundException;
import dev.journeymaps.domain.board.JourneyMap;
import dev.journeymaps.domain.board.MapDetails;
import dev.journeymaps.domain.board.Persona;
import dev.journeymaps.domain.ValidationException;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Use cases on a project's personas: who may browse the project sees them, who may edit its issues
 * creates, edits and deletes them. A persona that maps still use cannot be deleted.
 */
public class PersonaDirectory {
    private final PersonaRepository personas;
    private final MapRepository maps;
    private final MapAccess access;

    public PersonaDirectory(PersonaRepository personas, MapRepository maps, AccessPolicy policy) {
        this.personas = personas;
        this.maps = maps;
        this.access = new MapAccess(maps, policy);
    }

    public List<Persona> listPersonas(Actor actor, String projectKey) {
        String key = MapDetails.validProjectKey(projectKey);
        access.requireView(actor, key);
        return personas.listPersonas(key);
    }

    public Persona viewPersona(Actor actor, long personaId) {
        return visible(actor, personaId);
    }

    public Persona createPersona(Actor actor, String projectKey, Persona.Content content) {
        String key = MapDetails.validProjectKey(projectKey);
        Persona.Content valid = content.validated();
        access.requireEdit(actor, key);
        return personas.createPersona(key, valid);
    }

    public Persona updatePersona(Actor actor, long personaId, long version, Persona.Content content) {
        Persona.Content valid = content.validated();
        Persona persona = editable(actor, personaId, version);
        return personas.updatePersona(persona.id(), version, valid);
    }

    /** Refuses (400, naming the maps) while any map uses the persona: those maps would silently lose it. */
    public void deletePersona(Actor actor, long personaId, long version) {
        Persona persona = editable(actor, personaId, version);
        List<JourneyMap> using = maps.usingPersona(personaId);
        if (!using.isEmpty()) {
            throw ValidationException.general("The persona \"" + persona.name() + "\" is used by "
                    + using.size() + (using.size() == 1 ? " map: " : " maps: ")
                    + using.stream().map(map -> "\"" + map.title() + "\"").collect(Collectors.joining(", "))
                    + ". Choose another persona on those maps first.");
        }
        personas.deletePersona(personaId, version);
    }

    /** The persona if it exists in a project the user may browse; used to check a map's choice too. */
    Persona visible(Actor actor, long personaId) {
        Persona persona = personas.findPersona(personaId).orElseThrow(() -> notFound(personaId));
        if (!access.canView(actor, persona.projectKey())) {
            throw notFound(personaId);
        }
        return persona;
    }

    private Persona editable(Actor actor, long personaId, long version) {
        Persona persona = visible(actor, personaId);
        access.requireEdit(actor, persona.projectKey());
        if (persona.version() != version) {
            throw new ConflictException("Persona " + personaId, version, persona.version());
        }
        return persona;
    }

    private static NotFoundException notFound(long personaId) {
        return new NotFoundException("Persona " + personaId + " does not exist or is not visible to you.");
    }
}

package dev.journeymaps.app;

import dev.journeymaps.app.board.PersonaRepository;
import dev.journeymaps.domain.board.Persona;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Test fake of {@link PersonaRepository}, versions honoured. */
public class InMemoryPersonaRepository implements PersonaRepository {
    private final Map<Long, Persona> personas = new HashMap<>();
    private long nextId = 1_000;

    @Override
    public synchronized List<Persona> listPersonas(String projectKey) {
        return personas.values().stream().filter(p -> p.projectKey().equals(projectKey))
                .sorted(Comparator.comparing(Persona::name)).toList();
    }

    @Override
    public synchronized Optional<Persona> findPersona(long personaId) {
        return Optional.ofNullable(personas.get(personaId));
    }

    @Override
    public synchronized Persona createPersona(String projectKey, Persona.Content content) {
        Persona persona = new Persona(nextId++, projectKey, content, 1);
        personas.put(persona.id(), persona);
        return persona;
    }

    @Override
    public synchronized Persona updatePersona(long personaId, long expectedVersion, Persona.Content content) {
        Persona persona = at(personaId, expectedVersion);
        Persona updated = new Persona(personaId, persona.projectKey(), content, expectedVersion + 1);
        personas.put(personaId, updated);
        return updated;
    }

    @Override
    public synchronized void deletePersona(long personaId, long expectedVersion) {
        at(personaId, expectedVersion);
        personas.remove(personaId);
    }

    private Persona at(long personaId, long expectedVersion) {
        Persona persona = personas.get(personaId);
        if (persona == null) {
            throw new NotFoundException("Persona " + personaId + " does not exist.");
        }
        if (persona.version() != expectedVersion) {
            throw new ConflictException("Persona " + personaId, expectedVersion, persona.version());
        }
        return persona;
    }
}

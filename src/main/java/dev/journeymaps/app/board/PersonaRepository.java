package dev.journeymaps.app.board;

import dev.journeymaps.app.ConflictException;
import dev.journeymaps.app.NotFoundException;
import dev.journeymaps.domain.board.Persona;

import java.util.List;
import java.util.Optional;

/** Port: where a project's personas live. Writes quote the persona's version; a stale one is a {@link ConflictException}. */
public interface PersonaRepository {
    /** A project's personas by name, in one query. */
    List<Persona> listPersonas(String projectKey);

    Optional<Persona> findPersona(long personaId);

    Persona createPersona(String projectKey, Persona.Content content);

    /** @throws ConflictException if the persona is at another version; {@link NotFoundException} if gone */
    Persona updatePersona(long personaId, long expectedVersion, Persona.Content content);

    /** @throws ConflictException if the persona is at another version; {@link NotFoundException} if gone */
    void deletePersona(long personaId, long expectedVersion);
}

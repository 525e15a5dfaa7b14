package dev.journeymaps.store.board;

import dev.journeymaps.store.Columns;
import dev.journeymaps.store.AoSession;
import dev.journeymaps.app.ConflictException;
import dev.journeymaps.app.NotFoundException;
import dev.journeymaps.app.board.PersonaRepository;
import dev.journeymaps.domain.board.Persona;
import net.java.ao.Query;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static dev.journeymaps.store.Columns.values;

/**
 * Personas in Active Objects. An edit re-reads the row in its transaction and checks the version there;
 * the transactions run serializable, so of two concurrent edits of one persona only one commits.
 */
public final class AoPersonaRepository implements PersonaRepository {
    private final AoSession ao;

    public AoPersonaRepository(AoSession ao) {
        this.ao = ao;
    }

    @Override
    public List<Persona> listPersonas(String projectKey) {
        return Arrays.stream(ao.find(PersonaEntity.class, Query.select().where(PersonaEntity.PROJECT_KEY + " = ?", projectKey)))
                .map(Rows::persona)
                .sorted(Comparator.comparing((Persona p) -> p.name().toLowerCase(Locale.ROOT)).thenComparingLong(Persona::id))
                .toList();
    }

    @Override
    public Optional<Persona> findPersona(long personaId) {
        return row(personaId).map(Rows::persona);
    }

    @Override
    public Persona createPersona(String projectKey, Persona.Content content) {
        return ao.inTransaction(() -> {
            PersonaEntity row = ao.create(PersonaEntity.class, values(PersonaEntity.PROJECT_KEY, projectKey,
                    PersonaEntity.NAME, content.name(), PersonaEntity.DESCRIPTION, Columns.orNull(content.description()),
                    PersonaEntity.GOALS, Columns.orNull(content.goals()), PersonaEntity.FRUSTRATIONS, Columns.orNull(content.frustrations()),
                    PersonaEntity.VERSION, 1L));
            return new Persona(row.getID(), projectKey, content, 1);
        });
    }

    @Override
    public Persona updatePersona(long personaId, long expectedVersion, Persona.Content content) {
        return ao.inTransaction(() -> {
            PersonaEntity row = at(personaId, expectedVersion);
            row.setName(content.name());
            row.setDescription(Columns.orNull(content.description()));
            row.setGoals(Columns.orNull(content.goals()));
            row.setFrustrations(Columns.orNull(content.frustrations()));
            row.setVersion(expectedVersion + 1);
            row.save();
            return new Persona(personaId, row.getProjectKey(), content, expectedVersion + 1);
        });
    }

    @Override
    public void deletePersona(long personaId, long expectedVersion) {
        ao.inTransaction(() -> {
            at(personaId, expectedVersion);
            ao.deleteWithSQL(PersonaEntity.class, "ID = ?", Columns.id(personaId));
            return null;
        });
    }

    private PersonaEntity at(long personaId, long expectedVersion) {
        PersonaEntity row = row(personaId).orElseThrow(() -> new NotFoundException("Persona " + personaId + " does not exist."));
        if (row.getVersion() != expectedVersion) {
            throw new ConflictException("Persona " + personaId, expectedVersion, row.getVersion());
        }
        return row;
    }

    private Optional<PersonaEntity> row(long personaId) {
        PersonaEntity[] rows = ao.find(PersonaEntity.class, Query.select().where("ID = ?", Columns.id(personaId)));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }
}

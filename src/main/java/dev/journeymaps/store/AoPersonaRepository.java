package dev.journeymaps.store;

import dev.journeymaps.app.ConflictException;
import dev.journeymaps.app.NotFoundException;
import dev.journeymaps.app.PersonaRepository;
import dev.journeymaps.domain.Persona;
import net.java.ao.Query;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static dev.journeymaps.store.AoMapWriter.values;

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
                    PersonaEntity.NAME, content.name(), PersonaEntity.DESCRIPTION, Rows.orNull(content.description()),
                    PersonaEntity.GOALS, Rows.orNull(content.goals()), PersonaEntity.FRUSTRATIONS, Rows.orNull(content.frustrations()),
                    PersonaEntity.VERSION, 1L));
            return new Persona(row.getID(), projectKey, content, 1);
        });
    }

    @Override
    public Persona updatePersona(long personaId, long expectedVersion, Persona.Content content) {
        return ao.inTransaction(() -> {
            PersonaEntity row = at(personaId, expectedVersion);
            row.setName(content.name());
            row.setDescription(Rows.orNull(content.description()));
            row.setGoals(Rows.orNull(content.goals()));
            row.setFrustrations(Rows.orNull(content.frustrations()));
            row.setVersion(expectedVersion + 1);
            row.save();
            return new Persona(personaId, row.getProjectKey(), content, expectedVersion + 1);
        });
    }

    @Override
    public void deletePersona(long personaId, long expectedVersion) {
        ao.inTransaction(() -> {
            at(personaId, expectedVersion);
            ao.deleteWithSQL(PersonaEntity.class, "ID = ?", Rows.id(personaId));
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
        PersonaEntity[] rows = ao.find(PersonaEntity.class, Query.select().where("ID = ?", Rows.id(personaId)));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }
}

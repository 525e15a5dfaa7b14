package dev.journeymaps.store.board;

import dev.journeymaps.domain.Limits;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/**
 * A journey map's header row. {@code VERSION} is bumped by every change (optimistic concurrency).
 * {@code PERSONA_ID} (a project persona) and {@code ORIGIN_MAP_ID} (the map a future-state map was copied
 * from) are nullable, added later; the maps made from a map are found by querying {@code ORIGIN_MAP_ID}.
 * {@code ARCHIVED} (nullable, added later: null or false is an active map, so rows from before need no upgrade task)
 * marks a map kept read-only out of the project's active list.
 */
@Preload
@Table("MAP")
public interface MapEntity extends Entity {
    String PROJECT_KEY = "PROJECT_KEY";
    String TITLE = "TITLE";
    String TYPE = "TYPE";
    String PERSONA = "PERSONA";
    String JOURNEY = "JOURNEY";
    String GOAL = "GOAL";
    String PURPOSE = "PURPOSE";
    String OWNER_KEY = "OWNER_KEY";
    String CREATED_AT = "CREATED_AT";
    String UPDATED_AT = "UPDATED_AT";
    String VERSION = "VERSION";
    String PERSONA_ID = "PERSONA_ID";
    String ORIGIN_MAP_ID = "ORIGIN_MAP_ID";
    String ARCHIVED = "ARCHIVED";

    @NotNull
    @Indexed
    @StringLength(Limits.TITLE)
    String getProjectKey();

    void setProjectKey(String projectKey);

    @NotNull
    @StringLength(Limits.TITLE)
    String getTitle();

    void setTitle(String title);

    @NotNull
    @StringLength(40)
    String getType();

    void setType(String type);

    @StringLength(StringLength.UNLIMITED)
    String getPersona();

    void setPersona(String persona);

    @StringLength(StringLength.UNLIMITED)
    String getJourney();

    void setJourney(String journey);

    @StringLength(StringLength.UNLIMITED)
    String getGoal();

    void setGoal(String goal);

    @StringLength(StringLength.UNLIMITED)
    String getPurpose();

    void setPurpose(String purpose);

    @StringLength(Limits.USER_KEY)
    String getOwnerKey();

    void setOwnerKey(String ownerKey);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);

    @NotNull
    Date getUpdatedAt();

    void setUpdatedAt(Date updatedAt);

    @NotNull
    long getVersion();

    void setVersion(long version);

    @Indexed
    Long getPersonaId();

    void setPersonaId(Long personaId);

    @Indexed
    Long getOriginMapId();

    void setOriginMapId(Long originMapId);

    Boolean getArchived();

    void setArchived(Boolean archived);
}

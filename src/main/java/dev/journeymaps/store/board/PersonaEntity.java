package dev.journeymaps.store.board;

import dev.journeymaps.domain.Limits;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A persona of a project, shared by its maps. {@code VERSION} is bumped by every edit. */
@Preload
@Table("PERSONA")
public interface PersonaEntity extends Entity {
    String PROJECT_KEY = "PROJECT_KEY";
    String NAME = "NAME";
    String DESCRIPTION = "DESCRIPTION";
    String GOALS = "GOALS";
    String FRUSTRATIONS = "FRUSTRATIONS";
    String VERSION = "VERSION";

    @NotNull
    @Indexed
    @StringLength(Limits.TITLE)
    String getProjectKey();

    void setProjectKey(String projectKey);

    @NotNull
    @StringLength(Limits.PERSONA_NAME)
    String getName();

    void setName(String name);

    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String description);

    @StringLength(StringLength.UNLIMITED)
    String getGoals();

    void setGoals(String goals);

    @StringLength(StringLength.UNLIMITED)
    String getFrustrations();

    void setFrustrations(String frustrations);

    @NotNull
    long getVersion();

    void setVersion(long version);
}

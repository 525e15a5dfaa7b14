package dev.journeymaps.store.board;

import dev.journeymaps.domain.Limits;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A column of a map. */
@Preload
@Table("STAGE")
public interface StageEntity extends Entity {
    String MAP_ID = "MAP_ID";
    String NAME = "NAME";
    String POSITION = "POSITION";

    @NotNull
    @Indexed
    long getMapId();

    void setMapId(long mapId);

    @NotNull
    @StringLength(Limits.STAGE_NAME)
    String getName();

    void setName(String name);

    @NotNull
    int getPosition();

    void setPosition(int position);
}

package dev.journeymaps.store.stewardship;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A map's scoring method when it is not the default; {@code METHOD} is the {@code ScoringMethod} name. */
@Preload
@Table("MAP_SCORING")
public interface MapScoringEntity extends Entity {
    String MAP_ID = "MAP_ID";
    String METHOD = "METHOD";

    @NotNull
    @Unique
    long getMapId();

    void setMapId(long mapId);

    @NotNull
    @StringLength(40)
    String getMethod();

    void setMethod(String method);
}

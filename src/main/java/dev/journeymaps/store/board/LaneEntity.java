package dev.journeymaps.store.board;

import dev.journeymaps.domain.Limits;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A row of a map; {@code KIND} is the {@code LaneKind} name. {@code HIDDEN} is null (shown) on rows from before it existed. */
@Preload
@Table("LANE")
public interface LaneEntity extends Entity {
    String MAP_ID = "MAP_ID";
    String KIND = "KIND";
    String TITLE = "TITLE";
    String POSITION = "POSITION";
    String HIDDEN = "HIDDEN";

    @NotNull
    @Indexed
    long getMapId();

    void setMapId(long mapId);

    @NotNull
    @StringLength(40)
    String getKind();

    void setKind(String kind);

    @NotNull
    @StringLength(Limits.LANE_TITLE)
    String getTitle();

    void setTitle(String title);

    @NotNull
    int getPosition();

    void setPosition(int position);

    Boolean getHidden();

    void setHidden(Boolean hidden);
}

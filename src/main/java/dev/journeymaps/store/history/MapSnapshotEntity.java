package dev.journeymaps.store.history;

import dev.journeymaps.domain.Limits;
import dev.journeymaps.domain.history.Snapshot;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/**
 * A snapshot of a map: the whole board with scores as JSON text ({@code CONTENT}). Not preloaded: lists
 * select the small columns only and the content is read for one snapshot at a time.
 */
@Table("MAP_SNAPSHOT")
public interface MapSnapshotEntity extends Entity {
    String MAP_ID = "MAP_ID";
    String MAP_VERSION = "MAP_VERSION";
    String TAKEN_AT = "TAKEN_AT";
    String TAKEN_BY = "TAKEN_BY";
    String LABEL = "LABEL";
    String CONTENT = "CONTENT";

    @NotNull
    @Indexed
    long getMapId();

    void setMapId(long mapId);

    @NotNull
    long getMapVersion();

    void setMapVersion(long mapVersion);

    @NotNull
    Date getTakenAt();

    void setTakenAt(Date takenAt);

    @StringLength(Limits.USER_KEY)
    String getTakenBy();

    void setTakenBy(String takenBy);

    @StringLength(Snapshot.LABEL_MAX)
    String getLabel();

    void setLabel(String label);

    @StringLength(StringLength.UNLIMITED)
    String getContent();

    void setContent(String content);
}

package dev.journeymaps.store.board;

import dev.journeymaps.domain.Limits;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

import java.util.Date;

/**
 * One accepted change of a map. The unique {@code REVISION_KEY} ({@code mapId:version}) is the database's
 * guard for optimistic concurrency: of two writers claiming the same next version only one insert can
 * succeed, on every node of a cluster. {@code TOUCHED} says what the revision changed, so a later write quoting an
 * older version conflicts only with revisions that touched what it reads. The rows double as the map's audit history.
 */
@Preload
@Table("MAP_REVISION")
public interface MapRevisionEntity extends Entity {
    String REVISION_KEY = "REVISION_KEY";
    String MAP_ID = "MAP_ID";
    String VERSION = "VERSION";
    String AUTHOR_KEY = "AUTHOR_KEY";
    String CREATED_AT = "CREATED_AT";
    String TOUCHED = "TOUCHED";
    /** The longest TOUCHED list kept; a revision that changed more records "*" (the whole map). */
    int TOUCHED_LENGTH = 450;

    @NotNull
    @Unique
    @StringLength(60)
    String getRevisionKey();

    void setRevisionKey(String revisionKey);

    @NotNull
    @Indexed
    long getMapId();

    void setMapId(long mapId);

    @NotNull
    long getVersion();

    void setVersion(long version);

    @StringLength(Limits.USER_KEY)
    String getAuthorKey();

    void setAuthorKey(String authorKey);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);

    /**
     * What the revision changed, as the space-separated tokens of {@code app.board.Footprint} ("c12 p3.4"), or "*"
     * for the whole map. Null on rows written before this column existed: read as "*".
     */
    @StringLength(TOUCHED_LENGTH)
    String getTouched();

    void setTouched(String touched);
}

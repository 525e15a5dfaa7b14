package dev.journeymaps.store.history;

import dev.journeymaps.domain.Limits;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/**
 * A change that may be undone ({@code KIND} "card.deleted", "card.moved", "stage.deleted", "lane.deleted" or
 * "evidence.deleted"), with what undoing it needs as JSON
 * ({@code PAYLOAD}): the deleted card's rows, or the place a moved card came from. {@code VERSION} is the map
 * version the change produced; {@code UNDONE} is set once it was taken back.
 */
@Preload
@Table("UNDO_ENTRY")
public interface UndoEntryEntity extends Entity {
    String MAP_ID = "MAP_ID";
    String VERSION = "VERSION";
    String CREATED_AT = "CREATED_AT";
    String AUTHOR_KEY = "AUTHOR_KEY";
    String KIND = "KIND";
    String PAYLOAD = "PAYLOAD";
    String UNDONE = "UNDONE";

    @NotNull
    @Indexed
    long getMapId();

    void setMapId(long mapId);

    @NotNull
    long getVersion();

    void setVersion(long version);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);

    @StringLength(Limits.USER_KEY)
    String getAuthorKey();

    void setAuthorKey(String authorKey);

    @NotNull
    @StringLength(30)
    String getKind();

    void setKind(String kind);

    @StringLength(StringLength.UNLIMITED)
    String getPayload();

    void setPayload(String payload);

    boolean getUndone();

    void setUndone(boolean undone);
}

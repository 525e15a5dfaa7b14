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
 * One line of a map's audit trail, written in the same transaction as the revision row of the version it
 * produced ({@code VERSION}), so history can pair them.
 */
@Preload
@Table("AUDIT_ENTRY")
public interface AuditEntryEntity extends Entity {
    String MAP_ID = "MAP_ID";
    String VERSION = "VERSION";
    String CREATED_AT = "CREATED_AT";
    String AUTHOR_KEY = "AUTHOR_KEY";
    String ACTION_KEY = "ACTION_KEY";
    String SUBJECT = "SUBJECT";
    String SUMMARY = "SUMMARY";
    /** The card the line is about (null for older lines and for stage, lane or map lines); not a foreign key: the card may be gone. */
    String CARD_ID = "CARD_ID";

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
    @StringLength(60)
    String getActionKey();

    void setActionKey(String actionKey);

    @StringLength(StringLength.UNLIMITED)
    String getSubject();

    void setSubject(String subject);

    @StringLength(StringLength.UNLIMITED)
    String getSummary();

    void setSummary(String summary);

    Long getCardId();

    void setCardId(Long cardId);
}

package dev.journeymaps.store.work;

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
 * A card linked to a Jira issue. The issue id is the identity (keys change when issues move); the key is
 * the one it had when linked. {@code LINK_KEY} ({@code cardId:issueId}) is unique, so a card links an issue
 * once, in the database's own terms (AO has no composite unique constraint).
 */
@Preload
@Table("ISSUE_LINK")
public interface IssueLinkEntity extends Entity {
    String LINK_KEY = "LINK_KEY";
    String MAP_ID = "MAP_ID";
    String CARD_ID = "CARD_ID";
    String ISSUE_ID = "ISSUE_ID";
    String ISSUE_KEY = "ISSUE_KEY";
    String CREATED_BY = "CREATED_BY";
    String CREATED_AT = "CREATED_AT";

    @NotNull
    @Unique
    @StringLength(60)
    String getLinkKey();

    void setLinkKey(String linkKey);

    @NotNull
    @Indexed
    long getMapId();

    void setMapId(long mapId);

    @NotNull
    @Indexed
    long getCardId();

    void setCardId(long cardId);

    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    @StringLength(255)
    String getIssueKey();

    void setIssueKey(String issueKey);

    @StringLength(Limits.USER_KEY)
    String getCreatedBy();

    void setCreatedBy(String createdBy);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);

    static String linkKey(long cardId, long issueId) {
        return cardId + ":" + issueId;
    }
}

package dev.journeymaps.store.comments;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/**
 * A comment on a card. {@code TEXT} holds mentions as {@code @[userKey]} tokens ({@code CommentText}); it is unlimited
 * because {@code Limits.COMMENT_TEXT} exceeds AO's 450-character VARCHAR cap. {@code MAP_ID} is denormalised so a
 * map's comments are read and deleted in one statement; both it and {@code CARD_ID} are how the cascade finds them.
 */
@Preload
@Table("CARD_COMMENT")
public interface CardCommentEntity extends Entity {
    String MAP_ID = "MAP_ID";
    String CARD_ID = "CARD_ID";
    String AUTHOR_KEY = "AUTHOR_KEY";
    String TEXT = "TEXT";
    String CREATED_AT = "CREATED_AT";
    String EDITED_AT = "EDITED_AT";

    @NotNull
    @Indexed
    long getMapId();

    void setMapId(long mapId);

    @NotNull
    @Indexed
    long getCardId();

    void setCardId(long cardId);

    @NotNull
    @StringLength(dev.journeymaps.domain.Limits.USER_KEY)
    String getAuthorKey();

    void setAuthorKey(String authorKey);

    @StringLength(StringLength.UNLIMITED)
    String getText();

    void setText(String text);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);

    Date getEditedAt();

    void setEditedAt(Date editedAt);
}

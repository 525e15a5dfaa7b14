package dev.journeymaps.store.comments;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * That a comment is in someone's "For you" list (mentioned, or owner of the card); deleting the row dismisses it.
 * Keyed by {@code CARD_ID} and {@code MAP_ID} like every card dependent, so the cascade takes it with its card and map.
 */
@Preload
@Table("COMMENT_NOTICE")
public interface CommentNoticeEntity extends Entity {
    String COMMENT_ID = "COMMENT_ID";
    String MAP_ID = "MAP_ID";
    String CARD_ID = "CARD_ID";
    String USER_KEY = "USER_KEY";
    String REASON = "REASON";

    @NotNull
    @Indexed
    long getCommentId();

    void setCommentId(long commentId);

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
    @StringLength(dev.journeymaps.domain.Limits.USER_KEY)
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    @StringLength(20)
    String getReason();

    void setReason(String reason);
}

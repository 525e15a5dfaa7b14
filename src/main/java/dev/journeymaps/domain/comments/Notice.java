package dev.journeymaps.domain.comments;

/**
 * That a comment is for someone: they are mentioned in it ({@link Reason#MENTION}) or own its card
 * ({@link Reason#OWNER}) at the time it was written. Shown in their "For you" list until they dismiss it.
 */
public record Notice(long id, long commentId, long mapId, long cardId, String userKey, Reason reason) {

    public enum Reason {
        MENTION, OWNER
    }
}

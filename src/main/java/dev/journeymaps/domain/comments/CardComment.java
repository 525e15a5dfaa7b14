package dev.journeymaps.domain.comments;

import java.time.Instant;

/**
 * A comment on a card: who wrote it (their user key), when, and when it was last edited ({@code editedAt} null if
 * never). {@code mapId} is kept with it so a map's comments are read, and deleted, in one statement.
 */
public record CardComment(long id, long mapId, long cardId, String authorKey, CommentText text, Instant createdAt,
                          Instant editedAt) {

    public boolean writtenBy(String userKey) {
        return authorKey.equals(userKey);
    }

    public boolean edited() {
        return editedAt != null;
    }
}

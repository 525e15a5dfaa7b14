package dev.journeymaps.web.rest.comments;

import dev.journeymaps.domain.comments.CardComment;
import dev.journeymaps.domain.comments.CommentText;
import dev.journeymaps.web.rest.IsoDates;

import java.util.List;
import java.util.function.Function;

/**
 * Comments as JSON. {@code text} is the stored text (mentions as {@code @[userKey]}, for editing); {@code segments}
 * is the same text in pieces — plain text, or a mention with the user's current display name — which clients show
 * with {@code textContent}, never as markup.
 */
public final class CommentJson {
    private CommentJson() {
    }

    public record User(String key, String displayName) {
    }

    public record Segment(String text, User mention) {
    }

    public record Comment(long id, long cardId, User author, String text, List<Segment> segments, String createdAt,
                   String editedAt, boolean mine) {
        static Comment of(CardComment c, String me, Function<String, String> names) {
            return new Comment(c.id(), c.cardId(), new User(c.authorKey(), names.apply(c.authorKey())), c.text().raw(),
                    CommentJson.segments(c.text(), names), IsoDates.of(c.createdAt()),
                    c.editedAt() == null ? null : IsoDates.of(c.editedAt()), c.writtenBy(me));
        }
    }

    public record Thread(List<Comment> comments, boolean canComment) {
    }

    /** A written comment and the map version its write committed. */
    public record Written(Comment comment, long version) {
    }

    public record Deleted(long version) {
    }

    public record Body(String text) {
    }

    static List<Segment> segments(CommentText text, Function<String, String> names) {
        return text.segments().stream()
                .map(s -> s.mention() ? new Segment(null, new User(s.userKey(), names.apply(s.userKey())))
                        : new Segment(s.text(), null))
                .toList();
    }
}

package dev.journeymaps.app.comments;

import dev.journeymaps.app.board.BoardAudit;
import dev.journeymaps.domain.AuditEntry;
import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.comments.CommentText;

import java.time.Instant;
import java.util.function.Function;

/**
 * The audit lines of comments, in words with the card they are on ("Commented on pain point 'Slow refunds': 'Can
 * @Bob Browser look?'"); mentions are written by the name they had then, as the rest of the trail is.
 */
final class CommentAudit {
    static final String ADDED = "card.commented";
    static final String EDITED = "card.comment.edited";
    static final String DELETED = "card.comment.deleted";

    private CommentAudit() {
    }

    static AuditEntry line(String action, MapBoard card, long cardId, long version, Instant at, String by,
                           CommentText text, Function<String, String> names) {
        Card c = card.card(cardId).orElseThrow();
        String where = BoardAudit.noun(card.kindOf(c)) + " " + BoardAudit.quote(c.text());
        String quoted = BoardAudit.quote(text.plain(names));
        String summary = switch (action) {
            case ADDED -> "Commented on " + where + ": " + quoted;
            case EDITED -> "Edited a comment on " + where + ": " + quoted;
            default -> "Deleted a comment on " + where + " (was: " + quoted + ")";
        };
        return new AuditEntry(card.map().id(), version, at, by, action, c.text(), summary, cardId);
    }
}

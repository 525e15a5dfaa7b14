package dev.journeymaps.domain.comments;

import dev.journeymaps.domain.Limits;
import dev.journeymaps.domain.Text;
import dev.journeymaps.domain.Violations;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a comment as stored: plain text in which a mention of a user is the token {@code @[userKey]} (a Jira
 * user key or Cloud account id, never a display name, so a renamed user is still the one mentioned). Shown as
 * segments — text, or a mention to be shown by the user's current display name — so no layer builds markup.
 */
public record CommentText(String raw) {
    /** {@code @[key]}: a key of 1–255 characters without {@code ]} or white space. */
    private static final Pattern MENTION = Pattern.compile("@\\[([^\\]\\s]{1," + Limits.USER_KEY + "})]");

    /** One piece of a comment: text, or (when {@code userKey} is not null) a mention. */
    public record Segment(String text, String userKey) {
        public boolean mention() {
            return userKey != null;
        }
    }

    public CommentText {
        raw = Text.orEmpty(raw);
    }

    /** The text checked for storage: required, at most {@link Limits#COMMENT_TEXT} characters, few mentions. */
    public static CommentText validated(String text) {
        CommentText comment = new CommentText(text);
        new Violations().required("text", comment.raw, Limits.COMMENT_TEXT)
                .check(comment.mentions().size() <= Limits.MENTIONS_PER_COMMENT, "text",
                        "Mention at most " + Limits.MENTIONS_PER_COMMENT + " people in one comment.")
                .throwIfAny();
        return comment;
    }

    /** The keys of the users mentioned, each once, in the order they first appear. */
    public Set<String> mentions() {
        Set<String> keys = new LinkedHashSet<>();
        Matcher m = MENTION.matcher(raw);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    public List<Segment> segments() {
        List<Segment> segments = new ArrayList<>();
        Matcher m = MENTION.matcher(raw);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                segments.add(new Segment(raw.substring(at, m.start()), null));
            }
            segments.add(new Segment("", m.group(1)));
            at = m.end();
        }
        if (at < raw.length()) {
            segments.add(new Segment(raw.substring(at), null));
        }
        return segments;
    }

    /** The text as people read it, each mention as "@Display Name" (for the audit trail and mails: plain text). */
    public String plain(Function<String, String> names) {
        StringBuilder out = new StringBuilder();
        for (Segment segment : segments()) {
            out.append(segment.mention() ? "@" + names.apply(segment.userKey()) : segment.text());
        }
        return out.toString();
    }
}

package dev.journeymaps.app.comments;

import dev.journeymaps.domain.comments.CardComment;
import dev.journeymaps.domain.comments.CommentText;
import dev.journeymaps.domain.comments.Notice;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Port: where comments on cards, and the notices that make them show in someone's "For you" list, are kept. Writes
 * run inside the map's versioned change; every read is one query. Comments and notices go with their card and their
 * map (the store's cascade).
 */
public interface CommentRepository {

    CardComment add(long mapId, long cardId, String authorKey, CommentText text, Instant at);

    /** The comment if it is on this card of this map. */
    Optional<CardComment> find(long mapId, long cardId, long commentId);

    void update(long commentId, CommentText text, Instant editedAt);

    /** Deletes the comment and its notices. */
    void delete(long commentId);

    /** A card's comments, oldest first, in one query. */
    List<CardComment> ofCard(long mapId, long cardId);

    /** A map's comments, oldest first, in one query (what an export needs). */
    List<CardComment> ofMap(long mapId);

    /** Tells each user (key → why) about the comment; a user already told about it is not told twice. */
    void addNotices(CardComment comment, Map<String, Notice.Reason> recipients);

    /** Takes back the comment's notices to these users (mentions removed by an edit). */
    void removeNotices(long commentId, Set<String> userKeys);

    /** The user's notices on these maps, in one query per 500 maps. */
    List<Notice> noticesFor(String userKey, Collection<Long> mapIds);

    /** The comments with these ids, in one query per 500 ids. */
    List<CardComment> byIds(Collection<Long> commentIds);

    /** The texts of these cards (by id), in one query per 500 ids: the "For you" list names the card. */
    Map<Long, String> cardTexts(Collection<Long> cardIds);

    /** Deletes the user's own notice; false if there is no such notice of theirs. */
    boolean dismiss(String userKey, long noticeId);
}

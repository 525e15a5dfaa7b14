package dev.journeymaps.app.comments;

import dev.journeymaps.app.AccessPolicy;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.AuditTrail;
import dev.journeymaps.app.ConflictException;
import dev.journeymaps.app.Directory;
import dev.journeymaps.app.DirectoryUser;
import dev.journeymaps.app.NotFoundException;
import dev.journeymaps.app.PermissionDeniedException;
import dev.journeymaps.app.board.BoardPart;
import dev.journeymaps.app.board.MapRepository;
import dev.journeymaps.app.stewardship.TriageRepository;
import dev.journeymaps.domain.ValidationException;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.comments.CardComment;
import dev.journeymaps.domain.comments.CommentText;
import dev.journeymaps.domain.comments.Notice;
import dev.journeymaps.domain.stewardship.CardTriage;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Use cases of comments on cards: who may view a map reads them; who may edit it comments, and edits or deletes their
 * own comments. Each write is a versioned change of the map (a revision row and an audit line in the same transaction)
 * that reads only the card ({@link BoardPart#card}). A comment never conflicts with anything — it changes no card — so
 * it quotes no version: it is written at the map's current version, and tried again if another write got there first.
 * Mentioned users and the card's owner get a notice (their "For you" list).
 */
public class CardComments {
    static final int ATTEMPTS = 5;

    private final MapRepository maps;
    private final AccessPolicy policy;
    private final Clock clock;
    private final CommentRepository comments;
    private final TriageRepository triage;
    private final AuditTrail audit;
    private final Directory directory;

    public CardComments(MapRepository maps, AccessPolicy policy, Clock clock, CommentRepository comments,
                        TriageRepository triage, AuditTrail audit, Directory directory) {
        this.maps = maps;
        this.policy = policy;
        this.clock = clock;
        this.comments = comments;
        this.triage = triage;
        this.audit = audit;
        this.directory = directory;
    }

    /** A comment as written, and the map version its write committed. */
    public record Written(CardComment comment, long version) {
    }

    /** The card's comments, oldest first (for whoever may view the map), and whether the actor may comment. */
    public record Thread(List<CardComment> comments, boolean canComment) {
    }

    public Thread list(Actor actor, long mapId, long cardId) {
        MapBoard card = viewableCard(actor, mapId, cardId);
        return new Thread(comments.ofCard(mapId, cardId), policy.canEdit(actor, card.map().projectKey()) && !card.map().archived());
    }

    public Written add(Actor actor, long mapId, long cardId, String text) {
        CommentText comment = known(actor, CommentText.validated(text));
        return write(actor, mapId, cardId, (card, version, now) -> {
            CardComment added = comments.add(mapId, cardId, actor.userKey(), comment, now);
            Map<String, Notice.Reason> recipients = new LinkedHashMap<>();
            comment.mentions().forEach(key -> recipients.put(key, Notice.Reason.MENTION));
            String owner = triage.triageOf(mapId, cardId).map(CardTriage::ownerKey).orElse("");
            if (!owner.isEmpty()) {
                recipients.putIfAbsent(owner, Notice.Reason.OWNER);
            }
            recipients.remove(actor.userKey());
            comments.addNotices(added, recipients);
            audit.append(CommentAudit.line(CommentAudit.ADDED, card, cardId, version, now, actor.userKey(), comment, this::name));
            return added;
        });
    }

    /** Changes one's own comment; people newly mentioned are told, people no longer mentioned are not any more. */
    public Written edit(Actor actor, long mapId, long cardId, long commentId, String text) {
        CommentText comment = known(actor, CommentText.validated(text));
        return write(actor, mapId, cardId, (card, version, now) -> {
            CardComment before = own(actor, mapId, cardId, commentId);
            comments.update(commentId, comment, now);
            Set<String> added = new HashSet<>(comment.mentions());
            added.removeAll(before.text().mentions());
            added.remove(actor.userKey());
            Set<String> removed = new HashSet<>(before.text().mentions());
            removed.removeAll(comment.mentions());
            comments.removeNotices(commentId, removed);
            Map<String, Notice.Reason> recipients = new LinkedHashMap<>();
            added.forEach(key -> recipients.put(key, Notice.Reason.MENTION));
            CardComment after = new CardComment(commentId, mapId, cardId, before.authorKey(), comment, before.createdAt(), now);
            comments.addNotices(after, recipients);
            audit.append(CommentAudit.line(CommentAudit.EDITED, card, cardId, version, now, actor.userKey(), comment, this::name));
            return after;
        });
    }

    /** Deletes one's own comment (and the notices about it); returns the map version the delete committed. */
    public long delete(Actor actor, long mapId, long cardId, long commentId) {
        return write(actor, mapId, cardId, (card, version, now) -> {
            CardComment before = own(actor, mapId, cardId, commentId);
            comments.delete(commentId);
            audit.append(CommentAudit.line(CommentAudit.DELETED, card, cardId, version, now, actor.userKey(), before.text(), this::name));
            return before;
        }).version();
    }

    /** A user's display name (their key when the directory does not know them). */
    public String name(String userKey) {
        return directory.user(userKey).map(DirectoryUser::displayName).orElse(userKey);
    }

    /**
     * Names as shown to {@code reader}, for one answer: a user this node has not heard of is asked for as the reader (Jira over REST),
     * so an author or mentioned person shows by name after a restart or on another node too; the key if still unknown.
     */
    public java.util.function.Function<String, String> names(Actor reader) {
        Map<String, String> asked = new HashMap<>(); // one answer; each person asked for at most once
        return userKey -> asked.computeIfAbsent(userKey, key -> directory.displayName(reader, key));
    }

    private interface Step {
        CardComment apply(MapBoard card, long version, Instant now);
    }

    private Written write(Actor actor, long mapId, long cardId, Step step) {
        for (int attempt = 1; ; attempt++) {
            MapBoard card = viewableCard(actor, mapId, cardId);
            if (!policy.canEdit(actor, card.map().projectKey())) {
                throw new PermissionDeniedException("You do not have permission to comment on maps in project "
                        + card.map().projectKey() + " (it needs the Edit Issues permission).");
            }
            dev.journeymaps.app.board.MapAccess.requireActive(card.map());
            long version = card.version() + 1;
            Instant now = clock.instant();
            try {
                CardComment written = maps.change(mapId, card.version(), actor.userKey(), now,
                        writer -> step.apply(card, version, now));
                return new Written(written, version);
            } catch (ConflictException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private MapBoard viewableCard(Actor actor, long mapId, long cardId) {
        MapBoard card = maps.loadPart(mapId, BoardPart.card(cardId))
                .filter(part -> policy.canView(actor, part.map().projectKey()))
                .orElseThrow(() -> new NotFoundException("Journey map " + mapId + " does not exist or is not visible to you."));
        if (card.card(cardId).isEmpty()) {
            throw new NotFoundException("Card " + cardId + " is not part of map " + mapId + ".");
        }
        return card;
    }

    private CardComment own(Actor actor, long mapId, long cardId, long commentId) {
        CardComment comment = comments.find(mapId, cardId, commentId)
                .orElseThrow(() -> new NotFoundException("Comment " + commentId + " is not on card " + cardId + "."));
        if (!comment.writtenBy(actor.userKey())) {
            throw new PermissionDeniedException("Only its author may change or delete a comment.");
        }
        return comment;
    }

    /** Every mentioned user must be one the directory knows: a mention is picked, never typed. */
    private CommentText known(Actor actor, CommentText text) {
        for (String key : text.mentions()) {
            if (directory.user(actor, key).isEmpty()) {
                throw ValidationException.field("text", "There is no user \"" + key + "\" to mention. Type @ and pick the person.");
            }
        }
        return text;
    }
}

package dev.journeymaps.store.comments;

import dev.journeymaps.app.comments.CommentRepository;
import dev.journeymaps.domain.comments.CardComment;
import dev.journeymaps.domain.comments.CommentText;
import dev.journeymaps.domain.comments.Notice;
import dev.journeymaps.store.AoSession;
import dev.journeymaps.store.Columns;
import dev.journeymaps.store.InClause;
import dev.journeymaps.store.board.CardEntity;
import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static dev.journeymaps.store.Columns.values;

/** Comments and their notices in Active Objects: every read one query (per 500 ids), no query per comment. */
public final class AoCommentRepository implements CommentRepository {
    private static final String ON_CARD = CardCommentEntity.CARD_ID + " = ? AND " + CardCommentEntity.MAP_ID + " = ?";
    private static final Comparator<CardComment> OLDEST_FIRST =
            Comparator.comparing(CardComment::createdAt).thenComparingLong(CardComment::id);

    private final AoSession ao;

    public AoCommentRepository(AoSession ao) {
        this.ao = ao;
    }

    @Override
    public CardComment add(long mapId, long cardId, String authorKey, CommentText text, Instant at) {
        CardCommentEntity row = ao.create(CardCommentEntity.class, values(CardCommentEntity.MAP_ID, mapId,
                CardCommentEntity.CARD_ID, cardId, CardCommentEntity.AUTHOR_KEY, authorKey,
                CardCommentEntity.TEXT, text.raw(), CardCommentEntity.CREATED_AT, Columns.date(at)));
        return new CardComment(row.getID(), mapId, cardId, authorKey, text, at, null);
    }

    @Override
    public Optional<CardComment> find(long mapId, long cardId, long commentId) {
        return Arrays.stream(ao.find(CardCommentEntity.class, Query.select()
                        .where("ID = ? AND " + ON_CARD, Columns.id(commentId), cardId, mapId)))
                .findFirst().map(AoCommentRepository::comment);
    }

    @Override
    public void update(long commentId, CommentText text, Instant editedAt) {
        CardCommentEntity row = ao.get(CardCommentEntity.class, Columns.id(commentId));
        row.setText(text.raw());
        row.setEditedAt(Columns.date(editedAt));
        row.save();
    }

    @Override
    public void delete(long commentId) {
        ao.deleteWithSQL(CommentNoticeEntity.class, CommentNoticeEntity.COMMENT_ID + " = ?", commentId);
        ao.deleteWithSQL(CardCommentEntity.class, "ID = ?", Columns.id(commentId));
    }

    @Override
    public List<CardComment> ofCard(long mapId, long cardId) {
        return ao.inTransaction(() -> sorted(ao.find(CardCommentEntity.class, Query.select().where(ON_CARD, cardId, mapId))));
    }

    @Override
    public List<CardComment> ofMap(long mapId) {
        return ao.inTransaction(() -> sorted(ao.find(CardCommentEntity.class,
                Query.select().where(CardCommentEntity.MAP_ID + " = ?", mapId))));
    }

    @Override
    public void addNotices(CardComment comment, Map<String, Notice.Reason> recipients) {
        if (recipients.isEmpty()) {
            return;
        }
        Set<String> told = new HashSet<>();
        for (CommentNoticeEntity row : ao.find(CommentNoticeEntity.class,
                Query.select().where(CommentNoticeEntity.COMMENT_ID + " = ?", comment.id()))) {
            told.add(row.getUserKey());
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        recipients.forEach((user, reason) -> {
            if (!told.contains(user)) {
                rows.add(values(CommentNoticeEntity.COMMENT_ID, comment.id(), CommentNoticeEntity.MAP_ID, comment.mapId(),
                        CommentNoticeEntity.CARD_ID, comment.cardId(), CommentNoticeEntity.USER_KEY, user,
                        CommentNoticeEntity.REASON, reason.name()));
            }
        });
        if (!rows.isEmpty()) {
            ao.createAll(CommentNoticeEntity.class, rows);
        }
    }

    @Override
    public void removeNotices(long commentId, Set<String> userKeys) {
        for (String user : userKeys) {
            ao.deleteWithSQL(CommentNoticeEntity.class, CommentNoticeEntity.COMMENT_ID + " = ? AND "
                    + CommentNoticeEntity.USER_KEY + " = ? AND " + CommentNoticeEntity.REASON + " = ?", commentId, user,
                    Notice.Reason.MENTION.name());
        }
    }

    @Override
    public List<Notice> noticesFor(String userKey, Collection<Long> mapIds) {
        return ao.inTransaction(() -> {
            List<Notice> notices = new ArrayList<>();
            for (List<Long> chunk : InClause.chunks(mapIds)) {
                Object[] parameters = new Object[chunk.size() + 1];
                parameters[0] = userKey;
                for (int i = 0; i < chunk.size(); i++) {
                    parameters[i + 1] = chunk.get(i);
                }
                for (CommentNoticeEntity row : ao.find(CommentNoticeEntity.class, Query.select().where(
                        CommentNoticeEntity.USER_KEY + " = ? AND " + InClause.of(CommentNoticeEntity.MAP_ID, chunk), parameters))) {
                    notices.add(new Notice(row.getID(), row.getCommentId(), row.getMapId(), row.getCardId(), row.getUserKey(),
                            Notice.Reason.valueOf(row.getReason())));
                }
            }
            return notices;
        });
    }

    @Override
    public List<CardComment> byIds(Collection<Long> commentIds) {
        return ao.inTransaction(() -> {
            List<CardComment> found = new ArrayList<>();
            for (List<Long> chunk : InClause.chunks(commentIds)) {
                for (CardCommentEntity row : ao.find(CardCommentEntity.class,
                        Query.select().where(InClause.of("ID", chunk), ints(chunk)))) {
                    found.add(comment(row));
                }
            }
            return found;
        });
    }

    @Override
    public Map<Long, String> cardTexts(Collection<Long> cardIds) {
        return ao.inTransaction(() -> {
            Map<Long, String> texts = new HashMap<>();
            for (List<Long> chunk : InClause.chunks(cardIds)) {
                for (CardEntity row : ao.find(CardEntity.class, Query.select().where(InClause.of("ID", chunk), ints(chunk)))) {
                    texts.put((long) row.getID(), Columns.text(row.getText()));
                }
            }
            return texts;
        });
    }

    @Override
    public boolean dismiss(String userKey, long noticeId) {
        return ao.deleteWithSQL(CommentNoticeEntity.class, "ID = ? AND " + CommentNoticeEntity.USER_KEY + " = ?",
                Columns.id(noticeId), userKey) > 0;
    }

    private static Object[] ints(List<Long> ids) {
        return ids.stream().map(Columns::id).toArray();
    }

    private static List<CardComment> sorted(CardCommentEntity[] rows) {
        return Arrays.stream(rows).map(AoCommentRepository::comment).sorted(OLDEST_FIRST).toList();
    }

    private static CardComment comment(CardCommentEntity row) {
        return new CardComment(row.getID(), row.getMapId(), row.getCardId(), row.getAuthorKey(),
                new CommentText(Columns.text(row.getText())), Columns.instant(row.getCreatedAt()),
                Columns.instant(row.getEditedAt()));
    }
}

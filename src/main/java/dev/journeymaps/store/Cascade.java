package dev.journeymaps.store;

import dev.journeymaps.store.board.CardEntity;
import dev.journeymaps.store.board.EvidenceEntity;
import dev.journeymaps.store.board.LaneEntity;
import dev.journeymaps.store.board.MapRevisionEntity;
import dev.journeymaps.store.board.StageEntity;
import dev.journeymaps.store.comments.CardCommentEntity;
import dev.journeymaps.store.comments.CommentNoticeEntity;
import dev.journeymaps.store.history.AuditEntryEntity;
import dev.journeymaps.store.history.UndoEntryEntity;
import dev.journeymaps.store.history.MapReviewEntity;
import dev.journeymaps.store.history.MapSnapshotEntity;
import dev.journeymaps.store.stewardship.CardTriageEntity;
import dev.journeymaps.store.stewardship.MapScoringEntity;
import dev.journeymaps.store.work.IssueLinkEntity;
import net.java.ao.RawEntity;

import java.util.List;

/**
 * What goes with a card or a map when it is deleted, across every capability's tables. Like
 * {@link StoreEntities}, this is schema knowledge and so lives in the store's root: the board deletes through
 * these lists without depending on the capabilities that hang rows on its cards and maps.
 */
public final class Cascade {
    /** Rows keyed by (CARD_ID, MAP_ID) that go with their card. */
    public static final List<Class<? extends RawEntity<Integer>>> CARD_DEPENDENTS =
            List.of(EvidenceEntity.class, IssueLinkEntity.class, CardTriageEntity.class,
                    CommentNoticeEntity.class, CardCommentEntity.class);

    /**
     * Rows keyed by MAP_ID that go with their map, children first: what prioritization, review and history keep
     * per map, then the board's own rows; the map row itself is deleted last, by its id.
     */
    public static final List<Class<? extends RawEntity<Integer>>> MAP_ROWS = List.of(
            CommentNoticeEntity.class, CardCommentEntity.class, CardTriageEntity.class, MapScoringEntity.class, MapReviewEntity.class, MapSnapshotEntity.class,
            AuditEntryEntity.class, UndoEntryEntity.class, EvidenceEntity.class, IssueLinkEntity.class, CardEntity.class, LaneEntity.class,
            StageEntity.class, MapRevisionEntity.class);

    private Cascade() {
    }
}

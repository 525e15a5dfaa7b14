package dev.journeymaps.store;

import dev.journeymaps.store.board.CardEntity;
import dev.journeymaps.store.board.EvidenceEntity;
import dev.journeymaps.store.board.LaneEntity;
import dev.journeymaps.store.board.MapEntity;
import dev.journeymaps.store.board.MapRevisionEntity;
import dev.journeymaps.store.board.PersonaEntity;
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
import dev.journeymaps.store.work.IssueSnapshotEntity;
import net.java.ao.RawEntity;

import java.util.List;

/** Every entity of the plugin, in the order to migrate them; the Jira descriptor's {@code <ao>} module lists the same. */
public final class StoreEntities {
    /** The Active Objects namespace: Jira derives the table prefix from it. */
    public static final String NAMESPACE = "dev.journeymaps";

    private StoreEntities() {
    }

    public static List<Class<? extends RawEntity<?>>> all() {
        return List.of(MapEntity.class, StageEntity.class, LaneEntity.class, CardEntity.class, MapRevisionEntity.class,
                PersonaEntity.class, EvidenceEntity.class,

                CardTriageEntity.class, MapScoringEntity.class, MapReviewEntity.class, MapSnapshotEntity.class,
                AuditEntryEntity.class, UndoEntryEntity.class,

                IssueSnapshotEntity.class, IssueLinkEntity.class,

                CardCommentEntity.class, CommentNoticeEntity.class);
    }
}

package dev.journeymaps.store;

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
                AuditEntryEntity.class,

                IssueSnapshotEntity.class, IssueLinkEntity.class);
    }
}

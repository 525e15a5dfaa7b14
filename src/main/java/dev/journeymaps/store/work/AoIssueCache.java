package dev.journeymaps.store.work;

import dev.journeymaps.store.Columns;
import dev.journeymaps.store.AoSession;
import dev.journeymaps.store.InClause;
import dev.journeymaps.store.SqlFailures;
import dev.journeymaps.store.board.Rows;
import dev.journeymaps.app.work.IssueCache;
import dev.journeymaps.domain.work.CachedIssue;
import dev.journeymaps.domain.work.IssueSnapshot;
import dev.journeymaps.domain.work.Progress;
import dev.journeymaps.domain.work.StatusCategory;
import net.java.ao.Query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The issue cache in Active Objects. Reads take one query per {@value InClause#CHUNK} ids; a refresh reads
 * the same way, then replaces the rows in one transaction with a DELETE per chunk and one batched INSERT.
 */
public final class AoIssueCache implements IssueCache {
    /** Moved before and after every {@link #put} in this process, whichever instance wrote ({@link IssueCache#writes}). */
    private static final AtomicLong WRITES = new AtomicLong();

    private final AoSession ao;

    public AoIssueCache(AoSession ao) {
        this.ao = ao;
    }

    @Override
    public Map<Long, CachedIssue> get(Collection<Long> issueIds) {
        return ao.inTransaction(() -> {
            Map<Long, CachedIssue> found = new HashMap<>();
            rows(issueIds).forEach((id, row) -> found.put(id, cached(row)));
            return found;
        });
    }

    @Override
    public Map<Long, CachedIssue> ofMap(long mapId) {
        return ao.inTransaction(() -> {
            Map<Long, CachedIssue> found = new HashMap<>();
            for (IssueSnapshotEntity row : ao.find(IssueSnapshotEntity.class, Query.select()
                    .alias(IssueSnapshotEntity.class, "issue").alias(IssueLinkEntity.class, "link")
                    .join(IssueLinkEntity.class, "issue." + IssueSnapshotEntity.ISSUE_ID + " = link." + IssueLinkEntity.ISSUE_ID)
                    .where("link." + IssueLinkEntity.MAP_ID + " = ?", mapId))) {
                found.putIfAbsent(row.getIssueId(), cached(row));
            }
            return found;
        });
    }

    @Override
    public Map<Long, CachedIssue> put(Collection<IssueSnapshot> fresh) {
        WRITES.incrementAndGet();
        try {
            return ao.inTransaction(() -> write(fresh));
        } catch (RuntimeException e) {
            if (!SqlFailures.isConflict(e)) {
                throw e;
            }
            // Another node inserted one of these issues meanwhile: now it exists, so this pass updates it.
            return ao.inTransaction(() -> write(fresh));
        } finally {
            WRITES.incrementAndGet();
        }
    }

    @Override
    public long writes() {
        return WRITES.get();
    }

    /**
     * Replaces the rows of these issues: one DELETE per {@value InClause#CHUNK} ids and one batched INSERT, so a
     * refresh of 500 issues costs the statements of a refresh of 5 (AO has no bulk update).
     */
    private Map<Long, CachedIssue> write(Collection<IssueSnapshot> fresh) {
        Map<Long, IssueSnapshot> latest = new LinkedHashMap<>();
        fresh.forEach(issue -> latest.put(issue.id(), issue));
        if (latest.isEmpty()) {
            return Map.of();
        }
        Map<Long, IssueSnapshotEntity> existing = rows(latest.keySet());
        Map<Long, CachedIssue> stored = new LinkedHashMap<>();
        List<Map<String, Object>> inserts = new ArrayList<>();
        for (IssueSnapshot issue : latest.values()) {
            IssueSnapshotEntity row = existing.get(issue.id());
            CachedIssue now = CachedIssue.seen(issue, row == null ? null : cached(row));
            inserts.add(values(now));
            stored.put(issue.id(), now);
        }
        for (List<Long> chunk : InClause.chunks(existing.keySet())) {
            ao.deleteWithSQL(IssueSnapshotEntity.class, InClause.of(IssueSnapshotEntity.ISSUE_ID, chunk), chunk.toArray());
        }
        ao.createAll(IssueSnapshotEntity.class, inserts);
        return stored;
    }

    private static Map<String, Object> values(CachedIssue cached) {
        IssueSnapshot issue = cached.snapshot();
        Map<String, Object> values = new HashMap<>();
        values.put(IssueSnapshotEntity.ISSUE_ID, issue.id());
        values.put(IssueSnapshotEntity.ISSUE_KEY, issue.key());
        values.put(IssueSnapshotEntity.SUMMARY, Columns.orNull(clip(issue.summary())));
        values.put(IssueSnapshotEntity.ISSUE_TYPE, Columns.orNull(clip(issue.issueType())));
        values.put(IssueSnapshotEntity.STATUS_NAME, Columns.orNull(clip(issue.statusName())));
        values.put(IssueSnapshotEntity.STATUS_CATEGORY, issue.statusCategory().name());
        values.put(IssueSnapshotEntity.ASSIGNEE, Columns.orNull(clip(issue.assignee())));
        values.put(IssueSnapshotEntity.CHILDREN_DONE, issue.children().done());
        values.put(IssueSnapshotEntity.CHILDREN_TOTAL, issue.children().total());
        values.put(IssueSnapshotEntity.FETCHED_AT, Columns.date(issue.fetchedAt()));
        values.put(IssueSnapshotEntity.DONE_SINCE, cached.doneSince() == null ? null : Columns.date(cached.doneSince()));
        return values;
    }

    private Map<Long, IssueSnapshotEntity> rows(Collection<Long> issueIds) {
        Map<Long, IssueSnapshotEntity> rows = new HashMap<>();
        for (List<Long> chunk : InClause.chunks(issueIds)) {
            for (IssueSnapshotEntity row : ao.find(IssueSnapshotEntity.class,
                    Query.select().where(InClause.of(IssueSnapshotEntity.ISSUE_ID, chunk), chunk.toArray()))) {
                rows.put(row.getIssueId(), row);
            }
        }
        return rows;
    }

    private static CachedIssue cached(IssueSnapshotEntity row) {
        StatusCategory category;
        try {
            category = row.getStatusCategory() == null ? StatusCategory.UNKNOWN : StatusCategory.valueOf(row.getStatusCategory());
        } catch (IllegalArgumentException unknown) {
            category = StatusCategory.UNKNOWN;
        }
        return new CachedIssue(new IssueSnapshot(row.getIssueId(), row.getIssueKey(), row.getSummary(), row.getIssueType(),
                row.getStatusName(), category, row.getAssignee(), Columns.instant(row.getFetchedAt()),
                new Progress(row.getChildrenDone(), row.getChildrenTotal())), Columns.instant(row.getDoneSince()));
    }

    /** Jira's own fields fit in 255; a custom status or a display name might not, and the cache is only for display. */
    private static String clip(String value) {
        return value.length() <= 255 ? value : value.substring(0, 254) + "…";
    }
}

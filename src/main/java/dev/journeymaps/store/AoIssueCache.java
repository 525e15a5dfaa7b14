package dev.journeymaps.store;

import dev.journeymaps.app.IssueCache;
import dev.journeymaps.domain.CachedIssue;
import dev.journeymaps.domain.IssueSnapshot;
import dev.journeymaps.domain.Progress;
import dev.journeymaps.domain.StatusCategory;
import net.java.ao.Query;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The issue cache in Active Objects. Reads take one query per {@value InClause#CHUNK} ids; a refresh reads
 * the same way, then writes one row per issue (AO has no bulk update) in one transaction.
 */
public final class AoIssueCache implements IssueCache {
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
    public Map<Long, CachedIssue> put(Collection<IssueSnapshot> fresh) {
        try {
            return ao.inTransaction(() -> write(fresh));
        } catch (RuntimeException e) {
            if (!SqlFailures.isConflict(e)) {
                throw e;
            }
            // Another node inserted one of these issues meanwhile: now it exists, so this pass updates it.
            return ao.inTransaction(() -> write(fresh));
        }
    }

    private Map<Long, CachedIssue> write(Collection<IssueSnapshot> fresh) {
        Map<Long, IssueSnapshotEntity> existing = rows(fresh.stream().map(IssueSnapshot::id).toList());
        Map<Long, CachedIssue> stored = new LinkedHashMap<>();
        for (IssueSnapshot issue : fresh) {
            IssueSnapshotEntity row = existing.get(issue.id());
            CachedIssue now = CachedIssue.seen(issue, row == null ? null : cached(row));
            if (row == null) {
                ao.create(IssueSnapshotEntity.class, AoMapWriter.values(IssueSnapshotEntity.ISSUE_ID, issue.id(),
                        IssueSnapshotEntity.ISSUE_KEY, issue.key(), IssueSnapshotEntity.SUMMARY, Rows.orNull(clip(issue.summary())),
                        IssueSnapshotEntity.ISSUE_TYPE, Rows.orNull(clip(issue.issueType())),
                        IssueSnapshotEntity.STATUS_NAME, Rows.orNull(clip(issue.statusName())),
                        IssueSnapshotEntity.STATUS_CATEGORY, issue.statusCategory().name(),
                        IssueSnapshotEntity.ASSIGNEE, Rows.orNull(clip(issue.assignee())),
                        IssueSnapshotEntity.CHILDREN_DONE, issue.children().done(),
                        IssueSnapshotEntity.CHILDREN_TOTAL, issue.children().total(),
                        IssueSnapshotEntity.FETCHED_AT, Rows.date(issue.fetchedAt()),
                        IssueSnapshotEntity.DONE_SINCE, now.doneSince() == null ? null : Rows.date(now.doneSince())));
            } else {
                row.setIssueKey(issue.key());
                row.setSummary(Rows.orNull(clip(issue.summary())));
                row.setIssueType(Rows.orNull(clip(issue.issueType())));
                row.setStatusName(Rows.orNull(clip(issue.statusName())));
                row.setStatusCategory(issue.statusCategory().name());
                row.setAssignee(Rows.orNull(clip(issue.assignee())));
                row.setChildrenDone(issue.children().done());
                row.setChildrenTotal(issue.children().total());
                row.setFetchedAt(Rows.date(issue.fetchedAt()));
                row.setDoneSince(now.doneSince() == null ? null : Rows.date(now.doneSince()));
                row.save();
            }
            stored.put(issue.id(), now);
        }
        return stored;
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
                row.getStatusName(), category, row.getAssignee(), Rows.instant(row.getFetchedAt()),
                new Progress(row.getChildrenDone(), row.getChildrenTotal())), Rows.instant(row.getDoneSince()));
    }

    /** Jira's own fields fit in 255; a custom status or a display name might not, and the cache is only for display. */
    private static String clip(String value) {
        return value.length() <= 255 ? value : value.substring(0, 254) + "…";
    }
}

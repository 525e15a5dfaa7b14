package dev.journeymaps.store.work;

import dev.journeymaps.store.Columns;
import dev.journeymaps.store.AoSession;
import dev.journeymaps.store.InClause;
import dev.journeymaps.store.board.AoMapWriter;
import dev.journeymaps.store.board.Rows;
import dev.journeymaps.app.work.IssueLinks;
import dev.journeymaps.domain.work.IssueLink;
import net.java.ao.Query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Issue links in Active Objects: a map's links in one query; writes join the caller's (versioned) transaction. */
public final class AoIssueLinks implements IssueLinks {
    private final AoSession ao;

    public AoIssueLinks(AoSession ao) {
        this.ao = ao;
    }

    @Override
    public List<IssueLink> ofMap(long mapId) {
        return ao.inTransaction(() -> Arrays.stream(ao.find(IssueLinkEntity.class,
                Query.select().where(IssueLinkEntity.MAP_ID + " = ?", mapId))).map(AoIssueLinks::link).toList());
    }

    @Override
    public List<IssueLink> ofCard(long mapId, long cardId) {
        return ao.inTransaction(() -> Arrays.stream(ao.find(IssueLinkEntity.class, Query.select().where(
                IssueLinkEntity.CARD_ID + " = ? AND " + IssueLinkEntity.MAP_ID + " = ?", cardId, mapId))).map(AoIssueLinks::link).toList());
    }

    /** By the unique {@code LINK_KEY}: one row. */
    @Override
    public Optional<IssueLink> link(long mapId, long cardId, long issueId) {
        return ao.inTransaction(() -> Arrays.stream(ao.find(IssueLinkEntity.class, Query.select().where(
                        IssueLinkEntity.LINK_KEY + " = ? AND " + IssueLinkEntity.MAP_ID + " = ?", IssueLinkEntity.linkKey(cardId, issueId), mapId)))
                .map(AoIssueLinks::link).findFirst());
    }

    @Override
    public List<IssueLink> ofMaps(Collection<Long> mapIds) {
        return ao.inTransaction(() -> {
            List<IssueLink> links = new ArrayList<>();
            for (List<Long> chunk : InClause.chunks(mapIds)) {
                Arrays.stream(ao.find(IssueLinkEntity.class, Query.select()
                        .where(InClause.of(IssueLinkEntity.MAP_ID, chunk), chunk.toArray()))).map(AoIssueLinks::link).forEach(links::add);
            }
            return links;
        });
    }

    @Override
    public List<IssueLink> ofIssue(long issueId) {
        return ao.inTransaction(() -> Arrays.stream(ao.find(IssueLinkEntity.class,
                Query.select().where(IssueLinkEntity.ISSUE_ID + " = ?", issueId))).map(AoIssueLinks::link).toList());
    }

    @Override
    public boolean add(IssueLink link) {
        return ao.inTransaction(() -> {
            String key = IssueLinkEntity.linkKey(link.cardId(), link.issueId());
            if (ao.count(IssueLinkEntity.class, Query.select().where(IssueLinkEntity.LINK_KEY + " = ?", key)) > 0) {
                return false;
            }
            ao.create(IssueLinkEntity.class, Columns.values(IssueLinkEntity.LINK_KEY, key,
                    IssueLinkEntity.MAP_ID, link.mapId(), IssueLinkEntity.CARD_ID, link.cardId(),
                    IssueLinkEntity.ISSUE_ID, link.issueId(), IssueLinkEntity.ISSUE_KEY, Columns.orNull(link.issueKey()),
                    IssueLinkEntity.CREATED_BY, Columns.orNull(link.createdBy()), IssueLinkEntity.CREATED_AT, Columns.date(link.createdAt())));
            return true;
        });
    }

    @Override
    public boolean remove(long mapId, long cardId, long issueId) {
        return ao.inTransaction(() -> ao.deleteWithSQL(IssueLinkEntity.class,
                IssueLinkEntity.LINK_KEY + " = ? AND " + IssueLinkEntity.MAP_ID + " = ?",
                IssueLinkEntity.linkKey(cardId, issueId), mapId) > 0);
    }

    private static IssueLink link(IssueLinkEntity row) {
        return new IssueLink(row.getMapId(), row.getCardId(), row.getIssueId(), row.getIssueKey(), row.getCreatedBy(),
                Columns.instant(row.getCreatedAt()));
    }
}

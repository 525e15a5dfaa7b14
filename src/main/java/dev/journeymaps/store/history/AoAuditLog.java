package dev.journeymaps.store.history;

import dev.journeymaps.store.Columns;
import dev.journeymaps.store.AoSession;
import dev.journeymaps.store.board.AoMapWriter;
import dev.journeymaps.store.board.MapRevisionEntity;
import dev.journeymaps.store.board.Rows;
import dev.journeymaps.app.history.AuditLog;
import dev.journeymaps.domain.AuditEntry;
import dev.journeymaps.domain.history.Revision;
import net.java.ao.Query;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import static dev.journeymaps.store.Columns.values;

/** The audit trail in Active Objects, plus the map's revision rows (which the version claims write). */
public final class AoAuditLog implements AuditLog {
    private static final String BY_MAP = "MAP_ID = ?";

    private final AoSession ao;

    public AoAuditLog(AoSession ao) {
        this.ao = ao;
    }

    @Override
    public void append(AuditEntry entry) {
        ao.create(AuditEntryEntity.class, values(AuditEntryEntity.MAP_ID, entry.mapId(), AuditEntryEntity.VERSION, entry.version(),
                AuditEntryEntity.CREATED_AT, Columns.date(entry.at()), AuditEntryEntity.AUTHOR_KEY, Columns.orNull(entry.by()),
                AuditEntryEntity.ACTION_KEY, entry.action(), AuditEntryEntity.SUBJECT, Columns.orNull(entry.subject()),
                AuditEntryEntity.SUMMARY, Columns.orNull(entry.summary()), AuditEntryEntity.CARD_ID, entry.cardId()));
    }

    @Override
    public List<AuditEntry> entries(long mapId) {
        return Arrays.stream(ao.find(AuditEntryEntity.class, Query.select().where(BY_MAP, mapId)))
                .map(row -> new AuditEntry(row.getMapId(), row.getVersion(), Columns.instant(row.getCreatedAt()),
                        row.getAuthorKey(), row.getActionKey(), row.getSubject(), row.getSummary(), row.getCardId()))
                .sorted(Comparator.comparingLong(AuditEntry::version))
                .toList();
    }

    @Override
    public List<Revision> revisions(long mapId) {
        return Arrays.stream(ao.find(MapRevisionEntity.class, Query.select().where(BY_MAP, mapId)))
                .map(row -> new Revision(row.getMapId(), row.getVersion(), row.getAuthorKey(), Columns.instant(row.getCreatedAt())))
                .sorted(Comparator.comparingLong(Revision::version))
                .toList();
    }
}

package dev.journeymaps.store;

import dev.journeymaps.app.AuditLog;
import dev.journeymaps.domain.AuditEntry;
import dev.journeymaps.domain.Revision;
import net.java.ao.Query;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import static dev.journeymaps.store.AoMapWriter.values;

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
                AuditEntryEntity.CREATED_AT, Rows.date(entry.at()), AuditEntryEntity.AUTHOR_KEY, Rows.orNull(entry.by()),
                AuditEntryEntity.ACTION_KEY, entry.action(), AuditEntryEntity.SUBJECT, Rows.orNull(entry.subject()),
                AuditEntryEntity.SUMMARY, Rows.orNull(entry.summary())));
    }

    @Override
    public List<AuditEntry> entries(long mapId) {
        return Arrays.stream(ao.find(AuditEntryEntity.class, Query.select().where(BY_MAP, mapId)))
                .map(row -> new AuditEntry(row.getMapId(), row.getVersion(), Rows.instant(row.getCreatedAt()),
                        row.getAuthorKey(), row.getActionKey(), row.getSubject(), row.getSummary()))
                .sorted(Comparator.comparingLong(AuditEntry::version))
                .toList();
    }

    @Override
    public List<Revision> revisions(long mapId) {
        return Arrays.stream(ao.find(MapRevisionEntity.class, Query.select().where(BY_MAP, mapId)))
                .map(row -> new Revision(row.getMapId(), row.getVersion(), row.getAuthorKey(), Rows.instant(row.getCreatedAt())))
                .sorted(Comparator.comparingLong(Revision::version))
                .toList();
    }
}

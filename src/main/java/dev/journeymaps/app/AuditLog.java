package dev.journeymaps.app;

import dev.journeymaps.domain.AuditEntry;
import dev.journeymaps.domain.Revision;

import java.util.List;

/**
 * Port: the audit trail of a map. Entries are appended inside {@link MapRepository#change}, next to the
 * revision row that claims the version; both are read back to tell the map's history.
 */
public interface AuditLog {

    void append(AuditEntry entry);

    List<AuditEntry> entries(long mapId);

    /** The map's revision rows (version, author, time), oldest first. */
    List<Revision> revisions(long mapId);
}

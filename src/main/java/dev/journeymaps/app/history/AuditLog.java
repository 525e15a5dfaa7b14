package dev.journeymaps.app.history;

import dev.journeymaps.app.AuditTrail;
import dev.journeymaps.app.board.MapRepository;
import dev.journeymaps.domain.AuditEntry;
import dev.journeymaps.domain.history.Revision;

import java.util.List;

/**
 * Port: the audit trail of a map, written through {@link AuditTrail} and read back here. Entries are appended inside {@link MapRepository#change}, next to the
 * revision row that claims the version; both are read back to tell the map's history.
 */
public interface AuditLog extends AuditTrail {

    List<AuditEntry> entries(long mapId);

    /** The map's revision rows (version, author, time), oldest first. */
    List<Revision> revisions(long mapId);
}

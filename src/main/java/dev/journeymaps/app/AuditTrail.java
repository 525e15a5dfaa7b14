package dev.journeymaps.app;

import dev.journeymaps.domain.AuditEntry;

/**
 * Port: records one line of a map's audit trail. Every capability's writes append here, inside the same
 * versioned change as the write itself; reading the trail back is the history capability's job.
 */
public interface AuditTrail {

    void append(AuditEntry entry);
}

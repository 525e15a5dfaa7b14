package dev.journeymaps.app;

/**
 * What the prioritization, ownership, review and history use cases need besides the map repository:
 * their own stores, the people directory and the two seams fed by other features (evidence, linked work).
 */
public record StewardshipPorts(TriageRepository triage, ReviewRepository reviews, SnapshotRepository snapshots,
                               AuditLog audit, Directory directory, EvidenceSource evidence, LinkedWorkSource work) {
}

package dev.journeymaps.standalone;

import dev.journeymaps.app.AccessPolicy;
import dev.journeymaps.app.Directory;
import dev.journeymaps.app.EvidenceSource;
import dev.journeymaps.app.CachedLinkedWork;
import dev.journeymaps.app.MapHistory;
import dev.journeymaps.app.MapReviews;
import dev.journeymaps.app.Ownership;
import dev.journeymaps.app.Prioritizer;
import dev.journeymaps.app.StewardshipPorts;
import dev.journeymaps.store.AoAuditLog;
import dev.journeymaps.store.AoIssueCache;
import dev.journeymaps.store.AoIssueLinks;
import dev.journeymaps.store.AoReviewRepository;
import dev.journeymaps.store.AoSnapshotRepository;
import dev.journeymaps.store.AoTriageRepository;
import dev.journeymaps.store.embedded.EmbeddedDatabase;
import dev.journeymaps.web.page.StewardshipPages;

import java.time.Clock;

/**
 * The standalone host's wiring of prioritization, ownership, review cadence and history: the use cases on
 * the embedded database. Evidence comes from the board, linked work from the links and the issue cache.
 */
record Stewardship(Prioritizer prioritizer, Ownership ownership, MapReviews reviews, MapHistory history) {

    static Stewardship of(EmbeddedDatabase database, AccessPolicy policy, Clock clock, Directory directory) {
        StewardshipPorts ports = new StewardshipPorts(new AoTriageRepository(database.session()),
                new AoReviewRepository(database.session()), new AoSnapshotRepository(database.session()),
                new AoAuditLog(database.session()), directory, EvidenceSource.onBoard(),
                new CachedLinkedWork(new AoIssueLinks(database.session()), new AoIssueCache(database.session())));
        return new Stewardship(new Prioritizer(database.repository(), policy, clock, ports),
                new Ownership(database.repository(), policy, clock, ports),
                new MapReviews(database.repository(), policy, clock, ports),
                new MapHistory(database.repository(), policy, clock, ports));
    }

    StewardshipPages pages() {
        return new StewardshipPages(prioritizer, reviews, history);
    }
}

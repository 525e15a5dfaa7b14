package dev.journeymaps.standalone;

import dev.journeymaps.app.AccessPolicy;
import dev.journeymaps.app.Directory;
import dev.journeymaps.app.stewardship.EvidenceSource;
import dev.journeymaps.app.stewardship.CachedLinkedWork;
import dev.journeymaps.app.board.BoardEditor;
import dev.journeymaps.app.history.BoardUndo;
import dev.journeymaps.app.history.MapHistory;
import dev.journeymaps.app.history.MapReviews;
import dev.journeymaps.app.stewardship.Ownership;
import dev.journeymaps.app.stewardship.Prioritizer;
import dev.journeymaps.app.stewardship.PriorityReader;
import dev.journeymaps.store.history.AoAuditLog;
import dev.journeymaps.store.history.AoUndoLog;
import dev.journeymaps.store.work.AoIssueCache;
import dev.journeymaps.store.work.AoIssueLinks;
import dev.journeymaps.store.history.AoReviewRepository;
import dev.journeymaps.store.history.AoSnapshotRepository;
import dev.journeymaps.store.stewardship.AoTriageRepository;
import dev.journeymaps.store.embedded.EmbeddedDatabase;
import dev.journeymaps.web.page.stewardship.StewardshipPages;

import java.time.Clock;

/**
 * The standalone host's wiring of prioritization, ownership, review cadence and history: the use cases on
 * the embedded database. Evidence comes from the board, linked work from the links and the issue cache.
 */
record Stewardship(Prioritizer prioritizer, Ownership ownership, MapReviews reviews, MapHistory history, BoardUndo undo) {

    static Stewardship of(EmbeddedDatabase database, AccessPolicy policy, Clock clock, Directory directory) {
        return of(database, policy, clock, directory, AoSnapshotRepository.DEFAULT_KEEP_PER_MAP);
    }

    /** @param snapshotsPerMap how many snapshots of a map are kept (the oldest beyond go when one is taken) */
    static Stewardship of(EmbeddedDatabase database, AccessPolicy policy, Clock clock, Directory directory, int snapshotsPerMap) {
        return of(database, policy, clock, directory, snapshotsPerMap, new BoardEditor(database.repository(), policy, clock));
    }

    /** The same, with undo going through the host's {@code editor}. */
    static Stewardship of(EmbeddedDatabase database, AccessPolicy policy, Clock clock, Directory directory, int snapshotsPerMap,
                          BoardEditor editor) {
        AoTriageRepository triage = new AoTriageRepository(database.session());
        AoAuditLog audit = new AoAuditLog(database.session());
        AoSnapshotRepository snapshots = new AoSnapshotRepository(database.session(), snapshotsPerMap);
        AoIssueLinks links = new AoIssueLinks(database.session());
        PriorityReader reader = new PriorityReader(triage, EvidenceSource.onBoard(),
                new CachedLinkedWork(links, new AoIssueCache(database.session())), directory);
        return new Stewardship(new Prioritizer(database.repository(), policy, clock, triage, audit, reader),
                new Ownership(database.repository(), policy, clock, triage, audit, directory, reader),
                new MapReviews(database.repository(), policy, clock, new AoReviewRepository(database.session()), snapshots,
                        audit, reader, links, triage),
                new MapHistory(database.repository(), policy, clock, snapshots, audit, reader, links, triage),
                new BoardUndo(database.repository(), policy, editor, new AoUndoLog(database.session()), links, triage,
                        new dev.journeymaps.store.comments.AoCommentRepository(database.session()), audit, clock));
    }

    StewardshipPages pages() {
        return new StewardshipPages(prioritizer, reviews, history);
    }
}

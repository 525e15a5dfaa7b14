package dev.journeymaps.app.history;

import dev.journeymaps.app.AccessPolicy;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.NotFoundException;
import dev.journeymaps.app.board.MapAccess;
import dev.journeymaps.app.board.MapRepository;
import dev.journeymaps.app.stewardship.PriorityReader;
import dev.journeymaps.app.stewardship.TriageRepository;
import dev.journeymaps.app.work.IssueLinks;
import dev.journeymaps.domain.AuditEntry;
import dev.journeymaps.domain.history.BoardDiff;
import dev.journeymaps.domain.history.HistoryEntry;
import dev.journeymaps.domain.board.JourneyMap;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.history.Snapshot;
import dev.journeymaps.domain.history.SnapshotContent;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Use cases of a map's past: its snapshots, diffs between two snapshots (or a snapshot and now), diffs
 * between two maps (a current state and its future state), and the audit history of every version.
 */
public class MapHistory {
    private final MapRepository repository;
    private final MapAccess access;
    private final Clock clock;
    private final SnapshotRepository snapshots;
    private final AuditLog audit;
    private final PriorityReader reader;
    private final AccessPolicy policy;
    private final SnapshotRestore restore;

    /** Snapshots of format 1 only (the diff view, not restorable): for hosts without links and triage. */
    public MapHistory(MapRepository repository, AccessPolicy policy, Clock clock, SnapshotRepository snapshots,
                      AuditLog audit, PriorityReader reader) {
        this(repository, policy, clock, snapshots, audit, reader, null, null);
    }

    /** Snapshots keep the whole board with links and triage (format 2), and can be restored. */
    public MapHistory(MapRepository repository, AccessPolicy policy, Clock clock, SnapshotRepository snapshots,
                      AuditLog audit, PriorityReader reader, IssueLinks links, TriageRepository triage) {
        this.repository = repository;
        this.access = new MapAccess(repository, policy);
        this.clock = clock;
        this.snapshots = snapshots;
        this.audit = audit;
        this.reader = reader;
        this.policy = policy;
        this.restore = links == null || triage == null ? null : new SnapshotRestore(new CardRestore(links, triage, null), audit);
    }

    public List<Snapshot> snapshots(Actor actor, long mapId) {
        access.viewableMap(actor, mapId);
        return snapshots.snapshots(mapId);
    }

    public Snapshot snapshot(Actor actor, long mapId, long snapshotId) {
        access.viewableMap(actor, mapId);
        return find(mapId, snapshotId);
    }

    /** Stores the board as it is now under a label; versioned like any change so it is audited. */
    public Snapshot takeSnapshot(Actor actor, long mapId, long version, String label) {
        String valid = Snapshot.validLabel(label);
        MapBoard board = access.editable(actor, mapId, version);
        SnapshotContent content = reader.snapshot(board);
        Instant now = clock.instant();
        long id = repository.change(mapId, version, actor.userKey(), now, writer -> {
            long snapshotId = snapshots.saveSnapshot(mapId, version, now, actor.userKey(), valid, content,
                    restore == null ? null : restore.capture(board));
            audit.append(new AuditEntry(mapId, version + 1, now, actor.userKey(), "map.snapshot",
                    board.map().title(), "Snapshot " + snapshotId + " taken" + (valid.isEmpty() ? "" : " (" + valid + ")")));
            return snapshotId;
        });
        return find(mapId, id);
    }

    /**
     * Puts the snapshot's board back into the map as one new version (strict: any change since {@code version} is a 409),
     * audited ({@code map.restored}). In the same change, a snapshot of the map as it was ("Before restoring 'X'") is
     * kept first, so a restore can itself be restored away. A snapshot of format 1 is refused (400): nothing changes.
     * Returns the safety snapshot; the map is then at {@code version + 1}.
     */
    public Snapshot restore(Actor actor, long mapId, long version, long snapshotId) {
        MapBoard board = access.editable(actor, mapId, version);
        Snapshot snapshot = find(mapId, snapshotId);
        if (restore == null) {
            throw new IllegalStateException("Restoring snapshots needs the map's links and triage");
        }
        dev.journeymaps.domain.history.SnapshotBoard saved = SnapshotRestore.restorable(snapshot);
        String name = label(snapshot);
        String safety = SnapshotRestore.safetyLabel(name);
        SnapshotContent before = reader.snapshot(board);
        Instant now = clock.instant();
        long id = repository.change(mapId, version, actor.userKey(), now, writer -> {
            long safetyId = snapshots.saveSnapshot(mapId, version, now, actor.userKey(), safety, before, restore.capture(board));
            restore.replace(writer, board, saved, name, safety, actor.userKey(), now);
            return safetyId;
        });
        return find(mapId, id);
    }

    /** What restoring the snapshot would change in the map as it is now; 400 for a snapshot of format 1. */
    public dev.journeymaps.domain.history.RestorePreview restorePreview(Actor actor, long mapId, long snapshotId) {
        MapBoard board = access.viewable(actor, mapId);
        Snapshot snapshot = find(mapId, snapshotId);
        SnapshotRestore.restorable(snapshot);
        return dev.journeymaps.domain.history.RestorePreview.of(board, reader.snapshot(board), snapshot);
    }

    /** Whether the actor may restore snapshots of this map (edit it) and this host keeps restorable snapshots. */
    public boolean mayRestore(Actor actor, JourneyMap map) {
        return restore != null && policy.canEdit(actor, map.projectKey());
    }

    private static String label(Snapshot snapshot) {
        return snapshot.label().isEmpty() ? "Snapshot " + snapshot.id() : snapshot.label();
    }

    /** From one snapshot to another, or to the map as it is now when {@code toSnapshotId} is null. */
    public BoardDiff compareSnapshots(Actor actor, long mapId, long fromSnapshotId, Long toSnapshotId) {
        SnapshotContent to;
        if (toSnapshotId == null) {
            to = reader.snapshot(access.viewable(actor, mapId));
        } else {
            access.viewableMap(actor, mapId); // two snapshots need only the map's row for the permission check
            to = find(mapId, toSnapshotId).content();
        }
        SnapshotContent from = find(mapId, fromSnapshotId).content();
        return BoardDiff.byCardId(from, to);
    }

    /** From one map to another as they are now, cards matched by text, lane kind and stage name. */
    public BoardDiff compareMaps(Actor actor, long fromMapId, long toMapId) {
        SnapshotContent from = reader.snapshot(access.viewable(actor, fromMapId));
        SnapshotContent to = reader.snapshot(access.viewable(actor, toMapId));
        return BoardDiff.byContent(from, to);
    }

    /** The emotion curves of two maps as they are now: what a comparison of a current and a future state draws. */
    public List<dev.journeymaps.domain.board.EmotionCurve> emotionCurves(Actor actor, long fromMapId, long toMapId) {
        return List.of(access.viewable(actor, fromMapId).emotionCurve(), access.viewable(actor, toMapId).emotionCurve());
    }

    /** Every version of the map, newest first, with who made it, when, and what it changed where known. */
    public List<HistoryEntry> history(Actor actor, long mapId) {
        access.viewableMap(actor, mapId);
        List<HistoryEntry> entries = HistoryEntry.merge(audit.entries(mapId), audit.revisions(mapId));
        java.util.Set<Long> named = HistoryEntry.cardIds(entries);
        // Only the named cards are read (a fixed number of queries), to tell which are still on the map.
        java.util.Set<Long> existing = named.isEmpty() ? java.util.Set.of() : repository.loadPart(mapId,
                new dev.journeymaps.app.board.BoardPart(named, false, java.util.Set.of())).map(board -> board.cards().stream()
                .map(dev.journeymaps.domain.board.Card::id).collect(java.util.stream.Collectors.toSet())).orElse(java.util.Set.of());
        return HistoryEntry.onCards(entries, existing);
    }

    /** The maps this one can be compared with: its origin (current state) and the future states made from it. */
    public List<JourneyMap> relatedMaps(Actor actor, long mapId) {
        JourneyMap map = access.viewableMap(actor, mapId);
        List<JourneyMap> related = new ArrayList<>();
        access.viewableOrigin(actor, map).ifPresent(related::add);
        related.addAll(repository.derivedFrom(mapId));
        return related;
    }

    /** Display name of a user key, for views. */
    public String nameOf(String userKey) {
        return reader.name(userKey);
    }

    /** Display names as shown to {@code reader}, for one page or answer (see {@link PriorityReader#names}). */
    public java.util.function.Function<String, String> namesFor(Actor reader) {
        return this.reader.names(reader);
    }

    private Snapshot find(long mapId, long snapshotId) {
        return snapshots.snapshot(mapId, snapshotId).orElseThrow(() ->
                new NotFoundException("Snapshot " + snapshotId + " is not a snapshot of map " + mapId + "."));
    }
}

package dev.journeymaps.app.history;

import dev.journeymaps.app.AuditTrail;
import dev.journeymaps.app.AccessPolicy;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.board.MapAccess;
import dev.journeymaps.app.board.MapRepository;
import dev.journeymaps.app.stewardship.PriorityReader;
import dev.journeymaps.domain.AuditEntry;
import dev.journeymaps.domain.board.JourneyMap;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.MapDetails;
import dev.journeymaps.domain.history.MapReview;
import dev.journeymaps.domain.board.MapSummary;
import dev.journeymaps.domain.history.ReviewCadence;
import dev.journeymaps.domain.history.Snapshot;
import dev.journeymaps.domain.history.SnapshotContent;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Use cases that keep maps alive: each map's review cadence and status, "Mark reviewed" (which records
 * who and when and takes a snapshot), and the project's maps due for review. Time comes from the clock.
 */
public class MapReviews {
    private final MapRepository repository;
    private final MapAccess access;
    private final Clock clock;
    private final ReviewRepository reviews;
    private final SnapshotRepository snapshots;
    private final AuditTrail audit;
    private final PriorityReader reader;
    private final SnapshotRestore capture;

    public MapReviews(MapRepository repository, AccessPolicy policy, Clock clock,
                      ReviewRepository reviews, SnapshotRepository snapshots, AuditTrail audit, PriorityReader reader) {
        this(repository, policy, clock, reviews, snapshots, audit, reader, null, null);
    }

    /** Review snapshots keep the whole board with links and triage (format 2), so they can be restored. */
    public MapReviews(MapRepository repository, AccessPolicy policy, Clock clock, ReviewRepository reviews,
                      SnapshotRepository snapshots, AuditTrail audit, PriorityReader reader,
                      dev.journeymaps.app.work.IssueLinks links, dev.journeymaps.app.stewardship.TriageRepository triage) {
        this.capture = links == null || triage == null ? null : new SnapshotRestore(new CardRestore(links, triage, null), audit);
        this.repository = repository;
        this.access = new MapAccess(repository, policy);
        this.clock = clock;
        this.reviews = reviews;
        this.snapshots = snapshots;
        this.audit = audit;
        this.reader = reader;
    }

    public MapReview review(Actor actor, long mapId) {
        return MapReview.of(access.viewableMap(actor, mapId), cadence(mapId), clock.instant());
    }

    public MapReview setInterval(Actor actor, long mapId, long version, Integer intervalDays) {
        int days = ReviewCadence.validInterval(intervalDays);
        MapBoard board = access.editable(actor, mapId, version);
        ReviewCadence before = cadence(mapId);
        Instant now = clock.instant();
        repository.change(mapId, version, actor.userKey(), now, writer -> {
            reviews.saveCadence(mapId, before.withInterval(days));
            audit.append(new AuditEntry(mapId, version + 1, now, actor.userKey(), "review.interval",
                    board.map().title(), "Review every " + days + " days (was: " + before.intervalDays() + ")"));
            return null;
        });
        return review(actor, mapId);
    }

    /** Records that the actor reviewed the map now, and snapshots the board (with scores) as reviewed. */
    public Reviewed markReviewed(Actor actor, long mapId, long version, String label) {
        String validLabel = Snapshot.validLabel(label);
        MapBoard board = access.editable(actor, mapId, version);
        ReviewCadence before = cadence(mapId);
        SnapshotContent content = reader.snapshot(board);
        String snapshotLabel = validLabel.isEmpty() ? "Review by " + actor.displayName() : validLabel;
        Instant now = clock.instant();
        long snapshotId = repository.change(mapId, version, actor.userKey(), now, writer -> {
            reviews.saveCadence(mapId, before.reviewed(now, actor.userKey()));
            long id = snapshots.saveSnapshot(mapId, version, now, actor.userKey(), snapshotLabel, content,
                    capture == null ? null : capture.capture(board));
            audit.append(new AuditEntry(mapId, version + 1, now, actor.userKey(), "map.reviewed",
                    board.map().title(), "Reviewed; snapshot " + id + " taken (" + snapshotLabel + ")"));
            return id;
        });
        Snapshot snapshot = new Snapshot(snapshotId, mapId, version, now, actor.userKey(), snapshotLabel, null);
        return new Reviewed(review(actor, mapId), snapshot);
    }

    /** Every map of the project with its review status, soonest due first. */
    public List<MapReview> projectReviews(Actor actor, String projectKey) {
        String key = MapDetails.validProjectKey(projectKey);
        access.requireView(actor, key);
        List<JourneyMap> maps = repository.listMaps(key).stream().map(MapSummary::map).filter(map -> !map.archived()).toList();
        Map<Long, ReviewCadence> cadences = reviews.cadences(maps.stream().map(JourneyMap::id).toList());
        Instant now = clock.instant();
        return maps.stream()
                .map(map -> MapReview.of(map, cadences.getOrDefault(map.id(), ReviewCadence.DEFAULT), now))
                .sorted(Comparator.comparing(MapReview::dueAt).thenComparing(review -> review.map().title()))
                .toList();
    }

    /** The project's maps that are overdue or due within two weeks, soonest due first. */
    public List<MapReview> dueForReview(Actor actor, String projectKey) {
        return projectReviews(actor, projectKey).stream().filter(review -> review.state().isDue()).toList();
    }

    /** The display name of whoever last reviewed, for views. */
    public String nameOf(String userKey) {
        return reader.name(userKey);
    }

    private ReviewCadence cadence(long mapId) {
        return reviews.cadence(mapId).orElse(ReviewCadence.DEFAULT);
    }
}

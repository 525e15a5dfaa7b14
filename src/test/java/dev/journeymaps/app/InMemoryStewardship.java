package dev.journeymaps.app;

import dev.journeymaps.app.history.AuditLog;
import dev.journeymaps.app.history.ReviewRepository;
import dev.journeymaps.app.history.SnapshotRepository;
import dev.journeymaps.app.stewardship.EvidenceSource;
import dev.journeymaps.app.stewardship.LinkedWorkSource;
import dev.journeymaps.app.board.MapRepository;
import dev.journeymaps.app.history.MapHistory;
import dev.journeymaps.app.history.MapReviews;
import dev.journeymaps.app.stewardship.Ownership;
import dev.journeymaps.app.stewardship.Prioritizer;
import dev.journeymaps.app.stewardship.PriorityReader;
import dev.journeymaps.app.stewardship.TriageRepository;
import dev.journeymaps.domain.AuditEntry;
import dev.journeymaps.domain.stewardship.CardTriage;
import dev.journeymaps.domain.history.Revision;
import dev.journeymaps.domain.history.ReviewCadence;
import dev.journeymaps.domain.stewardship.ScoringMethod;
import dev.journeymaps.domain.history.Snapshot;
import dev.journeymaps.domain.history.SnapshotContent;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Test fake of the stewardship stores, next to {@link InMemoryMapRepository}; revisions are not tracked
 * (the in-memory map repository keeps none). A people directory of fixed users comes with it.
 */
public class InMemoryStewardship implements TriageRepository, ReviewRepository, SnapshotRepository, AuditLog, Directory {
    private final Map<Long, Map<Long, CardTriage>> triage = new HashMap<>();
    private final Map<Long, ScoringMethod> methods = new HashMap<>();
    private final Map<Long, ReviewCadence> cadences = new HashMap<>();
    private final List<Snapshot> snapshots = new ArrayList<>();
    private final List<AuditEntry> audit = new ArrayList<>();
    private final List<DirectoryUser> people;
    private long nextSnapshot = 1;

    public InMemoryStewardship(DirectoryUser... people) {
        this.people = List.of(people);
    }

    /** Priorities read from these stores, with no evidence and no linked work. */
    public PriorityReader reader() {
        return new PriorityReader(this, EvidenceSource.none(), LinkedWorkSource.none(), this);
    }

    public Prioritizer prioritizer(MapRepository repository, AccessPolicy policy, Clock clock) {
        return new Prioritizer(repository, policy, clock, this, this, reader());
    }

    public Ownership ownership(MapRepository repository, AccessPolicy policy, Clock clock) {
        return new Ownership(repository, policy, clock, this, this, this, reader());
    }

    public MapReviews reviews(MapRepository repository, AccessPolicy policy, Clock clock) {
        return new MapReviews(repository, policy, clock, this, this, this, reader());
    }

    public MapHistory history(MapRepository repository, AccessPolicy policy, Clock clock) {
        return new MapHistory(repository, policy, clock, this, this, reader());
    }

    @Override
    public synchronized Map<Long, CardTriage> triage(long mapId) {
        return Map.copyOf(triage.getOrDefault(mapId, Map.of()));
    }

    @Override
    public synchronized ScoringMethod scoringMethod(long mapId) {
        return methods.getOrDefault(mapId, ScoringMethod.IMPACT_FEASIBILITY);
    }

    @Override
    public synchronized void saveTriage(long mapId, CardTriage cardTriage) {
        triage.computeIfAbsent(mapId, id -> new HashMap<>()).put(cardTriage.cardId(), cardTriage);
    }

    @Override
    public synchronized void saveScoringMethod(long mapId, ScoringMethod method) {
        methods.put(mapId, method);
    }

    @Override
    public synchronized Optional<ReviewCadence> cadence(long mapId) {
        return Optional.ofNullable(cadences.get(mapId));
    }

    @Override
    public synchronized Map<Long, ReviewCadence> cadences(Collection<Long> mapIds) {
        Map<Long, ReviewCadence> found = new HashMap<>();
        mapIds.forEach(id -> cadence(id).ifPresent(c -> found.put(id, c)));
        return found;
    }

    @Override
    public synchronized void saveCadence(long mapId, ReviewCadence cadence) {
        cadences.put(mapId, cadence);
    }

    @Override
    public synchronized long saveSnapshot(long mapId, long mapVersion, Instant at, String by, String label, SnapshotContent content,
                                          dev.journeymaps.domain.history.SnapshotBoard board) {
        long id = nextSnapshot++;
        snapshots.add(new Snapshot(id, mapId, mapVersion, at, by, label, content, board));
        return id;
    }

    @Override
    public synchronized List<Snapshot> snapshots(long mapId) {
        return snapshots.stream().filter(s -> s.mapId() == mapId)
                .map(s -> new Snapshot(s.id(), s.mapId(), s.mapVersion(), s.takenAt(), s.takenBy(), s.label(), null))
                .sorted(Comparator.comparingLong(Snapshot::id).reversed()).toList();
    }

    @Override
    public synchronized Optional<Snapshot> snapshot(long mapId, long snapshotId) {
        return snapshots.stream().filter(s -> s.mapId() == mapId && s.id() == snapshotId).findFirst();
    }

    @Override
    public synchronized void append(AuditEntry entry) {
        audit.add(entry);
    }

    @Override
    public synchronized List<AuditEntry> entries(long mapId) {
        return audit.stream().filter(e -> e.mapId() == mapId).toList();
    }

    @Override
    public List<Revision> revisions(long mapId) {
        return List.of();
    }

    @Override
    public List<DirectoryUser> search(String query, int limit) {
        return people.stream().filter(p -> p.displayName().toLowerCase().contains(query.toLowerCase())).limit(limit).toList();
    }

    @Override
    public Optional<DirectoryUser> user(String userKey) {
        return people.stream().filter(p -> p.key().equals(userKey)).findFirst();
    }
}

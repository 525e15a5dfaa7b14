package dev.journeymaps.store.stewardship;

import dev.journeymaps.store.history.AoAuditLog;
import dev.journeymaps.store.history.AoReviewRepository;
import dev.journeymaps.store.history.AoSnapshotRepository;
import dev.journeymaps.app.board.MapRepository;
import dev.journeymaps.domain.AuditEntry;
import dev.journeymaps.domain.stewardship.CardTriage;
import dev.journeymaps.domain.board.JourneyMap;
import dev.journeymaps.domain.board.MapDetails;
import dev.journeymaps.domain.board.MapTemplate;
import dev.journeymaps.domain.board.MapType;
import dev.journeymaps.domain.history.ReviewCadence;
import dev.journeymaps.domain.stewardship.ScoringMethod;
import dev.journeymaps.domain.board.ScopeCard;
import dev.journeymaps.domain.history.Snapshot;
import dev.journeymaps.domain.history.SnapshotCard;
import dev.journeymaps.domain.history.SnapshotContent;
import dev.journeymaps.store.embedded.EmbeddedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The prioritization, review, snapshot and audit stores on Active Objects, run against each database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class StewardshipStoreContract {
    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

    private EmbeddedDatabase database;
    private MapRepository maps;
    private AoTriageRepository triage;
    private AoReviewRepository reviews;
    private AoSnapshotRepository snapshots;
    private AoAuditLog audit;

    protected abstract EmbeddedDatabase open() throws Exception;

    protected void shutDown() throws Exception {
    }

    @BeforeAll
    void openDatabase() throws Exception {
        database = open();
        maps = database.repository();
        triage = new AoTriageRepository(database.session());
        reviews = new AoReviewRepository(database.session());
        snapshots = new AoSnapshotRepository(database.session());
        audit = new AoAuditLog(database.session());
    }

    @AfterAll
    void closeDatabase() throws Exception {
        database.close();
        shutDown();
    }

    private JourneyMap newMap() {
        return maps.createMap("STW", new MapDetails("Map", MapType.CURRENT_STATE, ScopeCard.EMPTY, "alice"),
                MapTemplate.of(MapType.CURRENT_STATE), "alice", T0);
    }

    @Test
    void triageIsSavedUpdatedAndReadPerMapWithUnsetScoresKeptAsNull() {
        long mapId = newMap().id();
        long other = newMap().id();
        CardTriage first = new CardTriage(500, "dana", new CardTriage.Scores(4, null, 120, 0.5, 1.5));
        maps.change(mapId, 1, "alice", T0, writer -> {
            triage.saveTriage(mapId, first);
            triage.saveTriage(mapId, new CardTriage(501, "", CardTriage.Scores.NONE));
            return null;
        });
        maps.change(other, 1, "alice", T0, writer -> {
            triage.saveTriage(other, new CardTriage(900, "eve", CardTriage.Scores.NONE));
            return null;
        });

        assertThat(triage.triage(mapId)).containsOnlyKeys(500L, 501L).containsEntry(500L, first);
        CardTriage changed = first.withOwner("").withScores(new CardTriage.Scores(2, 5, null, null, null));
        maps.change(mapId, 2, "alice", T0, writer -> {
            triage.saveTriage(mapId, changed);
            return null;
        });
        assertThat(triage.triage(mapId).get(500L)).isEqualTo(changed);
        assertThat(triage.triage(other)).containsOnlyKeys(900L);
    }

    @Test
    void aMapScoresByImpactAndFeasibilityUntilItsMethodIsChanged() {
        long mapId = newMap().id();
        assertThat(triage.scoringMethod(mapId)).isEqualTo(ScoringMethod.IMPACT_FEASIBILITY);

        maps.change(mapId, 1, "alice", T0, writer -> {
            triage.saveScoringMethod(mapId, ScoringMethod.RICE);
            return null;
        });

        assertThat(triage.scoringMethod(mapId)).isEqualTo(ScoringMethod.RICE);
    }

    @Test
    void writesMadeInsideAFailedChangeAreRolledBackWithIt() {
        long mapId = newMap().id();

        assertThatThrownBy(() -> maps.change(mapId, 1, "alice", T0, writer -> {
            triage.saveTriage(mapId, new CardTriage(700, "dana", CardTriage.Scores.NONE));
            reviews.saveCadence(mapId, ReviewCadence.DEFAULT.reviewed(T0, "alice"));
            audit.append(new AuditEntry(mapId, 2, T0, "alice", "card.owner", "x", "y"));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(triage.triage(mapId)).isEmpty();
        assertThat(reviews.cadence(mapId)).isEmpty();
        assertThat(audit.entries(mapId)).isEmpty();
    }

    @Test
    void reviewCadencesAreSavedUpdatedAndReadForManyMapsAtOnce() {
        long a = newMap().id();
        long b = newMap().id();
        long never = newMap().id();
        ReviewCadence reviewed = new ReviewCadence(30, T0, "alice");
        maps.change(a, 1, "alice", T0, writer -> {
            reviews.saveCadence(a, ReviewCadence.DEFAULT.withInterval(45));
            return null;
        });
        maps.change(a, 2, "alice", T0, writer -> {
            reviews.saveCadence(a, reviewed);
            return null;
        });
        maps.change(b, 1, "alice", T0, writer -> {
            reviews.saveCadence(b, ReviewCadence.DEFAULT);
            return null;
        });

        assertThat(reviews.cadence(a)).contains(reviewed);
        assertThat(reviews.cadence(never)).isEmpty();
        assertThat(reviews.cadences(List.of(a, b, never))).isEqualTo(Map.of(a, reviewed, b, ReviewCadence.DEFAULT));
    }

    @Test
    void aSnapshotKeepsTheWholeBoardAsJsonAndListsWithoutIt() {
        long mapId = newMap().id();
        SnapshotContent content = new SnapshotContent("Map", "current-state", 1, "rice", List.of("Discover", "Buy"),
                List.of("Pain points"), List.of(new SnapshotCard(42, "Slow <b>page</b> ✓", "details", "pain-points",
                "Pain points", "Buy", "dana", 4, 3, 12.0, "Impact 4 × Feasibility 3 = 12", "IN_PROGRESS"),
                new SnapshotCard(43, "Bare", "", "touchpoints", "Touchpoints", "Discover", "", null, null, null, "", "")));
        long id = maps.change(mapId, 1, "alice", T0, writer -> snapshots.saveSnapshot(mapId, 1, T0, "alice", "Q3 review", content));

        Snapshot loaded = snapshots.snapshot(mapId, id).orElseThrow();
        assertThat(loaded.content()).isEqualTo(content);
        assertThat(loaded.label()).isEqualTo("Q3 review");
        assertThat(loaded.takenAt()).isEqualTo(T0);
        assertThat(snapshots.snapshots(mapId)).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(id);
            assertThat(s.content()).isNull();
            assertThat(s.mapVersion()).isEqualTo(1);
        });
        assertThat(snapshots.snapshot(newMap().id(), id)).as("another map's snapshot id").isEmpty();
    }

    @Test
    void takingASnapshotBeyondTheRetentionDeletesThatMapsOldestOnly() {
        AoSnapshotRepository keepTwo = new AoSnapshotRepository(database.session(), 2);
        long mapId = newMap().id();
        long otherMapId = newMap().id();
        SnapshotContent content = new SnapshotContent("Map", "current-state", 1, "rice", List.of("Discover"), List.of("Pain points"), List.of());
        long other = maps.change(otherMapId, 1, "alice", T0, writer -> keepTwo.saveSnapshot(otherMapId, 1, T0, "alice", "other", content));
        for (int i = 1; i <= 4; i++) {
            long version = i;
            java.time.Instant at = T0.plusSeconds(60L * i);
            maps.change(mapId, version, "alice", at, writer -> keepTwo.saveSnapshot(mapId, version, at, "alice", "s" + version, content));
        }
        assertThat(keepTwo.snapshots(mapId)).extracting(Snapshot::label).containsExactly("s4", "s3");
        assertThat(keepTwo.snapshot(otherMapId, other)).isPresent();
    }

    @Test
    void theAuditTrailAndTheRevisionRowsReadBackInVersionOrder() {
        long mapId = newMap().id();
        maps.change(mapId, 1, "bob", T0.plusSeconds(60), writer -> {
            audit.append(new AuditEntry(mapId, 2, T0.plusSeconds(60), "bob", "card.scored", "Slow page", "Impact 4 × Feasibility 3 = 12"));
            return null;
        });
        maps.change(mapId, 2, "carol", T0.plusSeconds(120), writer -> null);

        assertThat(audit.entries(mapId)).containsExactly(
                new AuditEntry(mapId, 2, T0.plusSeconds(60), "bob", "card.scored", "Slow page", "Impact 4 × Feasibility 3 = 12"));
        assertThat(audit.revisions(mapId)).extracting(r -> r.version() + ":" + r.authorKey())
                .containsExactly("1:alice", "2:bob", "3:carol");
    }

    @Test
    void anAuditLineKeepsTheCardItIsAboutAndOlderLinesHaveNone() {
        long mapId = newMap().id();
        maps.change(mapId, 1, "bob", T0.plusSeconds(60), writer -> {
            audit.append(new AuditEntry(mapId, 2, T0.plusSeconds(60), "bob", "card.added", "Slow page", "Added pain point", 4_000_000_123L));
            audit.append(new AuditEntry(mapId, 2, T0.plusSeconds(60), "bob", "stage.added", "Buy", "Added stage 'Buy'"));
            return null;
        });

        assertThat(audit.entries(mapId)).extracting(AuditEntry::action, AuditEntry::cardId)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("card.added", 4_000_000_123L),
                        org.assertj.core.groups.Tuple.tuple("stage.added", null));
    }
}

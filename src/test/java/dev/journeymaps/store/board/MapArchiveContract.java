package dev.journeymaps.store.board;

import dev.journeymaps.app.Actor;
import dev.journeymaps.app.AppFixture;
import dev.journeymaps.app.DirectoryUser;
import dev.journeymaps.app.InMemoryStewardship;
import dev.journeymaps.app.StewardshipFixture.MovableClock;
import dev.journeymaps.app.board.BoardEditor;
import dev.journeymaps.app.board.MapAccess;
import dev.journeymaps.app.board.MapCatalog;
import dev.journeymaps.app.history.MapReviews;
import dev.journeymaps.app.stewardship.EvidenceSource;
import dev.journeymaps.app.stewardship.LinkedWorkSource;
import dev.journeymaps.app.stewardship.Prioritizer;
import dev.journeymaps.app.stewardship.PriorityReader;
import dev.journeymaps.domain.AuditEntry;
import dev.journeymaps.domain.ValidationException;
import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.JourneyMap;
import dev.journeymaps.domain.board.LaneKind;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.MapDetails;
import dev.journeymaps.domain.board.MapSummary;
import dev.journeymaps.domain.board.MapType;
import dev.journeymaps.domain.board.ScopeCard;
import dev.journeymaps.domain.history.MapReview;
import dev.journeymaps.store.history.AoAuditLog;
import dev.journeymaps.store.history.AoReviewRepository;
import dev.journeymaps.store.history.AoSnapshotRepository;
import dev.journeymaps.store.stewardship.AoTriageRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Archiving a map on each database: the {@code ARCHIVED} column round-trips (a map from before the column reads as
 * active), an archived map refuses every write and changes nothing, and it leaves the project's priorities, reviews,
 * due-for-review list and map count until restored.
 */
public abstract class MapArchiveContract extends MapStoreContract {
    private static final Actor ALICE = new Actor("alice", "Alice Adams");

    private final MovableClock clock = new MovableClock(T0);
    private final AppFixture.Policy policy = new AppFixture.Policy();
    private MapCatalog catalog;
    private BoardEditor editor;
    private Prioritizer prioritizer;
    private MapReviews reviews;
    private AoAuditLog audit;

    @BeforeAll
    void useCases() {
        InMemoryStewardship directory = new InMemoryStewardship(new DirectoryUser("alice", "alice", "Alice Adams"));
        audit = new AoAuditLog(database.session());
        AoTriageRepository triage = new AoTriageRepository(database.session());
        PriorityReader reader = new PriorityReader(triage, EvidenceSource.none(), LinkedWorkSource.none(), directory);
        catalog = new MapCatalog(repository, database.personas(), policy, directory, clock, audit);
        editor = new BoardEditor(repository, policy, clock, audit);
        prioritizer = new Prioritizer(repository, policy, clock, triage, audit, reader);
        reviews = new MapReviews(repository, policy, clock, new AoReviewRepository(database.session()),
                new AoSnapshotRepository(database.session()), audit, reader);
    }

    private MapBoard mapWithPainPoint(String project, String title) {
        MapBoard map = catalog.createMap(ALICE, project, new MapDetails(title, MapType.CURRENT_STATE, ScopeCard.EMPTY, ""));
        long lane = map.lanes().stream().filter(l -> l.kind() == LaneKind.PAIN_POINTS).findFirst().orElseThrow().id();
        editor.addCard(ALICE, map.map().id(), map.version(), lane, map.stages().get(0).id(), null,
                new Card.Content("Pain on " + title, ""));
        return board(map.map().id());
    }

    private List<Long> priorityMaps(String project) {
        return prioritizer.projectPriorities(ALICE, project).maps().stream().map(JourneyMap::id).toList();
    }

    private List<Long> reviewed(List<MapReview> list) {
        return list.stream().map(review -> review.map().id()).toList();
    }

    private int mapCount(String project) {
        return catalog.projects(ALICE).stream().filter(p -> p.key().equals(project)).findFirst().orElseThrow().mapCount();
    }

    @Test
    void theArchivedFlagRoundTripsAndAMapFromBeforeTheColumnIsActive() {
        String project = newProject();
        long mapId = mapWithPainPoint(project, "Onboarding").map().id();
        assertThat(repository.findMap(mapId).orElseThrow().archived()).as("ARCHIVED null reads as active").isFalse();

        MapBoard archived = catalog.archive(ALICE, mapId, board(mapId).version());

        assertThat(archived.map().archived()).isTrue();
        assertThat(repository.findMap(mapId).orElseThrow().archived()).isTrue();
        assertThat(repository.listMaps(project)).extracting(summary -> summary.map().archived()).containsExactly(true);
        assertThat(board(mapId).cards()).as("nothing deleted").hasSize(1);
        MapBoard restored = catalog.restore(ALICE, mapId, archived.version());
        assertThat(restored.map().archived()).isFalse();
        assertThat(repository.findMap(mapId).orElseThrow().archived()).isFalse();
        assertThat(audit.entries(mapId)).extracting(AuditEntry::summary)
                .contains("Archived the map", "Restored the map from the archive");
    }

    @Test
    void anArchivedMapRefusesEveryWriteAndChangesNothing() {
        String project = newProject();
        MapBoard map = mapWithPainPoint(project, "Returns");
        long mapId = map.map().id();
        MapBoard archived = catalog.archive(ALICE, mapId, map.version());
        long version = archived.version();
        Card card = archived.cards().get(0);

        assertThatThrownBy(() -> catalog.updateMap(ALICE, mapId, version,
                new MapDetails("Renamed", MapType.CURRENT_STATE, ScopeCard.EMPTY, "alice")))
                .isInstanceOf(ValidationException.class).hasMessageContaining(MapAccess.ARCHIVED);
        assertThatThrownBy(() -> editor.addStage(ALICE, mapId, version, "New stage", null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> editor.editCard(ALICE, mapId, version, card.id(), new Card.Content("Edited", "")))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> editor.deleteCard(ALICE, mapId, version, card.id())).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> catalog.deleteMap(ALICE, mapId, version)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> catalog.archive(ALICE, mapId, version)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("already archived");

        MapBoard after = board(mapId);
        assertThat(after.version()).isEqualTo(version);
        assertThat(after.map().title()).isEqualTo("Returns");
        assertThat(after.stages()).hasSameSizeAs(archived.stages());
        assertThat(after.cards()).extracting(Card::text).containsExactly(card.text());
    }

    @Test
    void anArchivedMapLeavesTheProjectRollUpsUntilRestored() {
        String project = newProject();
        long kept = mapWithPainPoint(project, "Kept").map().id();
        MapBoard other = mapWithPainPoint(project, "Archived");
        long archivedId = other.map().id();
        clock.advance(Duration.ofDays(400)); // both maps overdue for review
        assertThat(priorityMaps(project)).containsExactlyInAnyOrder(kept, archivedId);
        assertThat(reviewed(reviews.dueForReview(ALICE, project))).containsExactlyInAnyOrder(kept, archivedId);
        assertThat(mapCount(project)).isEqualTo(2);

        MapBoard archived = catalog.archive(ALICE, archivedId, other.version());

        assertThat(priorityMaps(project)).containsExactly(kept);
        assertThat(prioritizer.projectPriorities(ALICE, project).priorities().ranked(
                dev.journeymaps.domain.stewardship.PriorityOrder.SCORE, List.of())).extracting(r -> r.priority().map().id())
                .containsOnly(kept);
        assertThat(reviewed(reviews.projectReviews(ALICE, project))).containsExactly(kept);
        assertThat(reviewed(reviews.dueForReview(ALICE, project))).containsExactly(kept);
        assertThat(mapCount(project)).as("the picker counts active maps").isEqualTo(1);
        assertThat(catalog.listMaps(ALICE, project)).extracting(MapSummary::map).extracting(JourneyMap::id)
                .as("the list still has it, to show under Archived").contains(archivedId);

        catalog.restore(ALICE, archivedId, archived.version());
        assertThat(priorityMaps(project)).containsExactlyInAnyOrder(kept, archivedId);
        assertThat(reviewed(reviews.dueForReview(ALICE, project))).containsExactlyInAnyOrder(kept, archivedId);
        assertThat(mapCount(project)).isEqualTo(2);
    }
}

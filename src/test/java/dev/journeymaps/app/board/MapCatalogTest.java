package dev.journeymaps.app.board;

import dev.journeymaps.app.AppFixture;
import dev.journeymaps.app.ConflictException;
import dev.journeymaps.app.NotFoundException;
import dev.journeymaps.app.PermissionDeniedException;
import dev.journeymaps.domain.board.Lane;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.MapDetails;
import dev.journeymaps.domain.board.MapSummary;
import dev.journeymaps.domain.board.MapTemplate;
import dev.journeymaps.domain.board.MapType;
import dev.journeymaps.domain.board.ScopeCard;
import dev.journeymaps.domain.board.Stage;
import dev.journeymaps.domain.ValidationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;

import static dev.journeymaps.app.AppFixture.ALICE;
import static dev.journeymaps.app.AppFixture.newProject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MapCatalogTest {
    @TempDir
    static Path dataDir;
    private AppFixture app;

    @BeforeAll
    void open() {
        app = new AppFixture(dataDir);
    }

    @AfterAll
    void close() {
        app.close();
    }

    @BeforeEach
    void allowAll() {
        app.policy.allowAll();
    }

    private MapBoard create(String project, String title) {
        return app.catalog.createMap(ALICE, project, new MapDetails(title, MapType.CURRENT_STATE, ScopeCard.EMPTY, ""));
    }

    @ParameterizedTest
    @EnumSource(MapType.class)
    void aNewMapStartsWithItsTypesTemplateAtVersionOne(MapType type) {
        MapBoard board = app.catalog.createMap(ALICE, newProject(), new MapDetails("  Journey  ", type, null, null));

        MapTemplate template = MapTemplate.of(type);
        assertThat(board.version()).isEqualTo(1);
        assertThat(board.map().title()).isEqualTo("Journey");
        assertThat(board.map().type()).isEqualTo(type);
        assertThat(board.stages()).extracting(Stage::name).containsExactlyElementsOf(template.stages());
        assertThat(board.lanes()).extracting(Lane::kind)
                .containsExactlyElementsOf(template.lanes().stream().map(MapTemplate.LaneSpec::kind).toList());
        assertThat(app.catalog.viewMap(ALICE, board.map().id())).isEqualTo(board);
    }

    @Test
    void theCreatorOwnsANewMapUnlessAnOwnerIsNamed() {
        assertThat(create(newProject(), "Mine").map().ownerKey()).isEqualTo("alice");
        MapBoard named = app.catalog.createMap(ALICE, newProject(), new MapDetails("Theirs", MapType.FUTURE_STATE, null, "bob"));
        assertThat(named.map().ownerKey()).isEqualTo("bob");
    }

    @Test
    void anOwnerTheDirectoryDoesNotKnowIsRefusedAndNothingIsCreatedOrChanged() {
        String project = newProject();
        assertThatThrownBy(() -> app.catalog.createMap(ALICE, project, new MapDetails("Theirs", MapType.CURRENT_STATE, null, "mallory")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("owner"));
        assertThat(app.catalog.listMaps(ALICE, project)).isEmpty();

        MapBoard board = create(project, "Mine");
        assertThatThrownBy(() -> app.catalog.updateMap(ALICE, board.map().id(), board.version(),
                new MapDetails("Mine", MapType.CURRENT_STATE, null, "mallory")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("owner"));
        assertThat(app.catalog.viewMap(ALICE, board.map().id())).isEqualTo(board);
    }

    @Test
    void aMapWithoutATitleIsRejectedAndNothingIsCreated() {
        String project = newProject();

        assertThatThrownBy(() -> app.catalog.createMap(ALICE, project, new MapDetails("  ", MapType.CURRENT_STATE, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("title"));
        assertThatThrownBy(() -> app.catalog.createMap(ALICE, project, new MapDetails("No type", null, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("type"));
        assertThat(app.catalog.listMaps(ALICE, project)).isEmpty();
    }

    @Test
    void aHundredThousandCharacterTitleIsRejected() {
        String project = newProject();

        assertThatThrownBy(() -> create(project, "x".repeat(100_000)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors().get("title")).contains("255"));
        assertThat(app.catalog.listMaps(ALICE, project)).isEmpty();
    }

    @Test
    void aProjectKeyThatJiraWouldNotIssueIsRejected() {
        assertThatThrownBy(() -> create("not a key", "Map"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("projectKey"));
    }

    @Test
    void listingShowsAProjectsMapsWithCounts() {
        String project = newProject();
        MapBoard board = create(project, "Listed");
        Lane pain = board.lanes().stream().filter(l -> l.kind() == dev.journeymaps.domain.board.LaneKind.PAIN_POINTS).findFirst().orElseThrow();
        app.editor.addCard(ALICE, board.map().id(), 1, pain.id(), board.stages().get(0).id(), null,
                new dev.journeymaps.domain.board.Card.Content("Too slow", ""));

        assertThat(app.catalog.listMaps(ALICE, project)).singleElement()
                .satisfies(summary -> assertThat(summary.map().title()).isEqualTo("Listed"))
                .extracting(MapSummary::stageCount, MapSummary::cardCount, MapSummary::painPointCount)
                .containsExactly(6, 1, 1);
    }

    @Test
    void updatingAMapChangesItsHeaderAndVersion() {
        MapBoard board = create(newProject(), "Old");

        MapBoard updated = app.catalog.updateMap(ALICE, board.map().id(), 1,
                new MapDetails("New", MapType.FUTURE_STATE, new ScopeCard("Buyer", "Purchase", "Own it", "Fix checkout"), "carol"));

        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.map().title()).isEqualTo("New");
        assertThat(updated.map().scope().isComplete()).isTrue();
        assertThat(updated.map().ownerKey()).isEqualTo("carol");
    }

    @Test
    void updatingFromAStaleVersionIsAConflictAndChangesNothing() {
        MapBoard board = create(newProject(), "Contested");
        app.catalog.updateMap(ALICE, board.map().id(), 1, new MapDetails("First", MapType.CURRENT_STATE, null, null));

        assertThatThrownBy(() -> app.catalog.updateMap(ALICE, board.map().id(), 1,
                new MapDetails("Second", MapType.CURRENT_STATE, null, null)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.currentVersion()).isEqualTo(2));
        assertThat(app.catalog.viewMap(ALICE, board.map().id()).map().title()).isEqualTo("First");
    }

    @Test
    void withoutTheEditRightMapsCanBeReadButNotCreatedOrChanged() {
        String project = newProject();
        MapBoard board = create(project, "Read only");
        app.policy.edit = false;

        assertThatThrownBy(() -> create(project, "Another")).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> app.catalog.updateMap(ALICE, board.map().id(), 1,
                new MapDetails("Changed", MapType.CURRENT_STATE, null, null))).isInstanceOf(PermissionDeniedException.class);
        assertThat(app.catalog.listMaps(ALICE, project)).extracting(s -> s.map().title()).containsExactly("Read only");
        assertThat(app.catalog.viewMap(ALICE, board.map().id()).version()).isEqualTo(1);
    }

    @Test
    void aMapInAProjectTheUserCannotBrowseIsNotFound() {
        String project = newProject();
        MapBoard board = create(project, "Hidden");
        app.policy.view = false;

        assertThatThrownBy(() -> app.catalog.viewMap(ALICE, board.map().id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> app.catalog.listMaps(ALICE, project)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> app.catalog.deleteMap(ALICE, board.map().id(), 1)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyProjectAdministratorsDeleteMaps() {
        String project = newProject();
        MapBoard board = create(project, "Doomed");
        app.policy.administer = false;

        assertThatThrownBy(() -> app.catalog.deleteMap(ALICE, board.map().id(), 1)).isInstanceOf(PermissionDeniedException.class);
        assertThat(app.catalog.listMaps(ALICE, project)).hasSize(1);

        app.policy.administer = true;
        assertThatThrownBy(() -> app.catalog.deleteMap(ALICE, board.map().id(), 7)).isInstanceOf(ConflictException.class);
        app.catalog.deleteMap(ALICE, board.map().id(), 1);
        assertThat(app.catalog.listMaps(ALICE, project)).isEmpty();
        assertThatThrownBy(() -> app.catalog.viewMap(ALICE, board.map().id())).isInstanceOf(NotFoundException.class);
    }
}

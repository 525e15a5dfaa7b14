package dev.journeymaps.app.board;

import dev.journeymaps.app.AppFixture;
import dev.journeymaps.app.ConflictException;
import dev.journeymaps.app.NotFoundException;
import dev.journeymaps.app.PermissionDeniedException;
import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.Lane;
import dev.journeymaps.domain.board.LaneKind;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.MapDetails;
import dev.journeymaps.domain.board.MapType;
import dev.journeymaps.domain.board.Stage;
import dev.journeymaps.domain.ValidationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static dev.journeymaps.app.AppFixture.ALICE;
import static dev.journeymaps.app.AppFixture.newProject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BoardEditorTest {
    @TempDir
    static Path dataDir;
    private AppFixture app;
    private BoardEditor editor;
    private MapBoard board;
    private long mapId;

    @BeforeAll
    void open() {
        app = new AppFixture(dataDir);
        editor = app.editor;
    }

    @AfterAll
    void close() {
        app.close();
    }

    @BeforeEach
    void newMap() {
        app.policy.allowAll();
        board = app.catalog.createMap(ALICE, newProject(), new MapDetails("Board", MapType.DAY_IN_THE_LIFE, null, null));
        mapId = board.map().id();
    }

    private long stage(int index) {
        return board.stages().get(index).id();
    }

    private long lane(int index) {
        return board.lanes().get(index).id();
    }

    private static List<Integer> upTo(int size) {
        return IntStream.range(0, size).boxed().toList();
    }

    private MapBoard addCard(long laneId, long stageId, Integer index, String text) {
        board = whole(editor.addCard(ALICE, mapId, board.version(), laneId, stageId, index, new Card.Content(text, "")).board());
        return board;
    }

    /** A write answers with the part it touched at the version it committed; the whole map, read again, agrees. */
    private MapBoard whole(MapBoard written) {
        MapBoard whole = app.catalog.viewMap(ALICE, mapId);
        assertThat(whole.version()).isEqualTo(written.version());
        written.cards().forEach(card -> assertThat(whole.card(card.id())).contains(card));
        return whole;
    }

    private static List<String> texts(List<Card> cards) {
        return cards.stream().map(Card::text).toList();
    }

    // --- stages ---------------------------------------------------------------------------------------

    @Test
    void aStageAddedAtAnIndexShiftsTheStagesAfterIt() {
        Added added = editor.addStage(ALICE, mapId, 1, "Breakfast", 1);
        MapBoard after = added.board();
        assertThat(after.stage(added.id())).get().extracting(Stage::position).isEqualTo(1);

        assertThat(after.stages()).extracting(Stage::name).containsExactly("Morning", "Breakfast", "Midday", "Afternoon", "Evening");
        assertThat(after.stages()).extracting(Stage::position).containsExactlyElementsOf(upTo(5));
        assertThat(after.version()).isEqualTo(2);
        assertThat(editor.addStage(ALICE, mapId, 2, "Night", null).board().stages()).last().extracting(Stage::name).isEqualTo("Night");
    }

    @Test
    void aStageIsRenamedAndMoved() {
        MapBoard renamed = editor.renameStage(ALICE, mapId, 1, stage(0), "Dawn");
        MapBoard moved = whole(editor.moveStage(ALICE, mapId, renamed.version(), stage(0), 3));

        assertThat(moved.stages()).extracting(Stage::name).containsExactly("Midday", "Afternoon", "Evening", "Dawn");
        assertThat(moved.stages()).extracting(Stage::position).containsExactlyElementsOf(upTo(4));
    }

    @Test
    void deletingAStageRemovesItsCardsAndClosesTheGap() {
        addCard(lane(0), stage(1), null, "Lunch");
        addCard(lane(0), stage(2), null, "Nap");

        MapBoard after = whole(editor.deleteStage(ALICE, mapId, board.version(), stage(1)));

        assertThat(after.stages()).extracting(Stage::name).containsExactly("Morning", "Afternoon", "Evening");
        assertThat(after.stages()).extracting(Stage::position).containsExactlyElementsOf(upTo(3));
        assertThat(texts(after.cards())).containsExactly("Nap");
    }

    @Test
    void aStageNeedsAName() {
        assertThatThrownBy(() -> editor.addStage(ALICE, mapId, 1, " ", null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> editor.renameStage(ALICE, mapId, 1, stage(0), "x".repeat(121))).isInstanceOf(ValidationException.class);
        assertThat(app.catalog.viewMap(ALICE, mapId)).isEqualTo(board);
    }

    // --- lanes ----------------------------------------------------------------------------------------

    @Test
    void lanesAreAddedRenamedMovedAndDeleted() {
        MapBoard added = editor.addLane(ALICE, mapId, 1, LaneKind.METRICS, "Metrics", 0).board();
        assertThat(added.lanes()).first().extracting(Lane::kind, Lane::title).containsExactly(LaneKind.METRICS, "Metrics");
        long metrics = added.lanes().get(0).id();

        MapBoard renamed = editor.renameLane(ALICE, mapId, 2, metrics, "KPIs");
        MapBoard moved = whole(editor.moveLane(ALICE, mapId, 3, metrics, 99));
        assertThat(moved.lanes()).last().extracting(Lane::title).isEqualTo("KPIs");
        assertThat(moved.lanes()).extracting(Lane::position).containsExactlyElementsOf(upTo(7));
        assertThat(renamed.lane(metrics).orElseThrow().kind()).isEqualTo(LaneKind.METRICS);

        board = moved;
        addCard(metrics, stage(0), null, "Steps walked");
        MapBoard deleted = whole(editor.deleteLane(ALICE, mapId, board.version(), metrics));
        assertThat(deleted.lane(metrics)).isEmpty();
        assertThat(deleted.lanes()).extracting(Lane::position).containsExactlyElementsOf(upTo(6));
        assertThat(deleted.cards()).isEmpty();
    }

    @Test
    void aLaneNeedsAKindAndATitle() {
        assertThatThrownBy(() -> editor.addLane(ALICE, mapId, 1, null, "Title", null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> editor.addLane(ALICE, mapId, 1, LaneKind.CUSTOM, "", null)).isInstanceOf(ValidationException.class);
        assertThat(app.catalog.viewMap(ALICE, mapId).version()).isEqualTo(1);
    }

    // --- cards ----------------------------------------------------------------------------------------

    @Test
    void cardsAreAddedAtTheEndOrAtAnIndexWithinTheirCell() {
        addCard(lane(0), stage(0), null, "B");
        addCard(lane(0), stage(0), null, "C");
        addCard(lane(0), stage(0), 0, "A");

        assertThat(texts(board.cardsIn(lane(0), stage(0)))).containsExactly("A", "B", "C");
        assertThat(board.cardsIn(lane(0), stage(0))).extracting(Card::position).containsExactly(0, 1, 2);
        assertThat(board.version()).isEqualTo(4);
    }

    @Test
    void aCardIsEdited() {
        long id = addCard(lane(0), stage(0), null, "Draft").cards().get(0).id();

        MapBoard after = editor.editCard(ALICE, mapId, board.version(), id, new Card.Content("Final", "With details"));

        assertThat(after.card(id)).hasValueSatisfying(card -> {
            assertThat(card.text()).isEqualTo("Final");
            assertThat(card.details()).isEqualTo("With details");
        });
    }

    @Test
    void aCardMovedToAnotherStageLeavesBothCellsInOrder() {
        addCard(lane(0), stage(0), null, "A");
        addCard(lane(0), stage(0), null, "B");
        addCard(lane(0), stage(0), null, "C");
        addCard(lane(0), stage(1), null, "X");
        long b = board.cards().stream().filter(c -> c.text().equals("B")).findFirst().orElseThrow().id();

        MapBoard after = whole(editor.moveCard(ALICE, mapId, board.version(), b, lane(0), stage(1), 0));

        assertThat(texts(after.cardsIn(lane(0), stage(0)))).containsExactly("A", "C");
        assertThat(after.cardsIn(lane(0), stage(0))).extracting(Card::position).containsExactly(0, 1);
        assertThat(texts(after.cardsIn(lane(0), stage(1)))).containsExactly("B", "X");
        assertThat(after.cardsIn(lane(0), stage(1))).extracting(Card::position).containsExactly(0, 1);
    }

    @Test
    void aCardIsReorderedWithinItsCell() {
        addCard(lane(1), stage(2), null, "A");
        addCard(lane(1), stage(2), null, "B");
        addCard(lane(1), stage(2), null, "C");
        long a = board.cardsIn(lane(1), stage(2)).get(0).id();

        MapBoard after = whole(editor.moveCard(ALICE, mapId, board.version(), a, lane(1), stage(2), 2));

        assertThat(texts(after.cardsIn(lane(1), stage(2)))).containsExactly("B", "C", "A");
        assertThat(after.cardsIn(lane(1), stage(2))).extracting(Card::position).containsExactly(0, 1, 2);
    }

    @Test
    void deletingACardClosesTheGapInItsCell() {
        addCard(lane(0), stage(0), null, "A");
        addCard(lane(0), stage(0), null, "B");
        addCard(lane(0), stage(0), null, "C");
        long b = board.cardsIn(lane(0), stage(0)).get(1).id();

        MapBoard after = whole(editor.deleteCard(ALICE, mapId, board.version(), b));

        assertThat(texts(after.cards())).containsExactly("A", "C");
        assertThat(after.cards()).extracting(Card::position).containsExactly(0, 1);
    }

    @Test
    void aCardPlacedInAnotherMapsLaneIsRejectedAndNothingChanges() {
        MapBoard other = app.catalog.createMap(ALICE, newProject(), new MapDetails("Other", MapType.CURRENT_STATE, null, null));
        long foreignLane = other.lanes().get(0).id();
        addCard(lane(0), stage(0), null, "Mine");
        long mine = board.cards().get(0).id();

        assertThatThrownBy(() -> editor.addCard(ALICE, mapId, board.version(), foreignLane, stage(0), null, new Card.Content("Stray", "")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("laneId"));
        assertThatThrownBy(() -> editor.moveCard(ALICE, mapId, board.version(), mine, lane(0), other.stages().get(0).id(), 0))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("stageId"));

        assertThat(app.catalog.viewMap(ALICE, mapId)).isEqualTo(board);
        assertThat(app.catalog.viewMap(ALICE, other.map().id())).isEqualTo(other);
    }

    @Test
    void aCardNeedsTextOfBoundedLength() {
        assertThatThrownBy(() -> addCard(lane(0), stage(0), null, "")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> addCard(lane(0), stage(0), null, "x".repeat(100_000)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("text"));
        assertThat(app.catalog.viewMap(ALICE, mapId).cards()).isEmpty();
    }

    @Test
    void aCardOfAnotherMapIsNotFound() {
        MapBoard other = app.catalog.createMap(ALICE, newProject(), new MapDetails("Other", MapType.CURRENT_STATE, null, null));
        MapBoard withCard = editor.addCard(ALICE, other.map().id(), 1, other.lanes().get(0).id(), other.stages().get(0).id(),
                null, new Card.Content("Theirs", "")).board();

        assertThatThrownBy(() -> editor.deleteCard(ALICE, mapId, 1, withCard.cards().get(0).id())).isInstanceOf(NotFoundException.class);
        assertThat(app.catalog.viewMap(ALICE, other.map().id()).cards()).hasSize(1);
    }

    // --- versions and rights --------------------------------------------------------------------------

    @Test
    void anEditQuotingAStaleVersionIsAConflict() {
        editor.addStage(ALICE, mapId, 1, "Night", null);

        assertThatThrownBy(() -> editor.renameStage(ALICE, mapId, 1, stage(0), "Dawn"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.currentVersion()).isEqualTo(2));
        assertThat(app.catalog.viewMap(ALICE, mapId).stages().get(0).name()).isEqualTo("Morning");
    }

    @Test
    void withoutTheEditRightNothingCanBeEdited() {
        app.policy.edit = false;

        assertThatThrownBy(() -> editor.addStage(ALICE, mapId, 1, "Night", null)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> addCard(lane(0), stage(0), null, "Card")).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> editor.deleteLane(ALICE, mapId, 1, lane(0))).isInstanceOf(PermissionDeniedException.class);
        assertThat(app.catalog.viewMap(ALICE, mapId)).isEqualTo(board);
    }
}

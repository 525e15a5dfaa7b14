package dev.journeymaps.app.stewardship;

import dev.journeymaps.app.DirectoryUser;
import dev.journeymaps.app.NotFoundException;
import dev.journeymaps.app.StewardshipFixture;
import dev.journeymaps.app.board.Added;
import dev.journeymaps.domain.history.BoardDiff;
import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.stewardship.CardPriority;
import dev.journeymaps.domain.stewardship.CardTriage;
import dev.journeymaps.domain.history.HistoryEntry;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.Persona;
import dev.journeymaps.domain.stewardship.PriorityOrder;
import dev.journeymaps.domain.stewardship.Quadrant;
import dev.journeymaps.domain.stewardship.ScoringMethod;
import dev.journeymaps.domain.history.Snapshot;
import dev.journeymaps.domain.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.journeymaps.app.StewardshipFixture.ALICE;
import static dev.journeymaps.app.StewardshipFixture.cardId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Scoring, owning, snapshots and history through the use cases, on real Active Objects. */
class PrioritizationTest {
    @TempDir
    Path dataDir;
    private StewardshipFixture app;

    @BeforeEach
    void open() {
        app = new StewardshipFixture(dataDir);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private static CardTriage.Scores scores(int impact, int feasibility) {
        return new CardTriage.Scores(impact, feasibility, null, null, null);
    }

    @Test
    void scoredCardsRankByScoreAndLandInTheirQuadrants() {
        MapBoard board = app.withPainPoints(app.newMap(StewardshipFixture.newProject(), "Checkout"), "A", "B", "C");
        long mapId = board.map().id();
        app.prioritizer.scoreCard(ALICE, mapId, board.version(), cardId(board, "A"), scores(2, 2));
        app.prioritizer.scoreCard(ALICE, mapId, board.version() + 1, cardId(board, "B"), scores(5, 4));
        CardPriority c = app.prioritizer.scoreCard(ALICE, mapId, board.version() + 2, cardId(board, "C"), scores(4, 2));

        assertThat(c.score().formula()).isEqualTo("Impact 4 × Feasibility 2 = 8");
        List<CardPriority> ranked = app.prioritizer.mapPriorities(ALICE, mapId).priorities().ranked(PriorityOrder.SCORE, List.of())
                .stream().map(r -> r.priority()).toList();
        assertThat(ranked).extracting(p -> p.card().text()).containsExactly("B", "C", "A");
        assertThat(ranked).extracting(CardPriority::quadrant).containsExactly(Quadrant.QUICK_WINS, Quadrant.BIG_BETS, Quadrant.MONEY_PITS);
    }

    @Test
    void prioritiesOfABoardTheCallerLoadedAreTheSameAndStillNeedViewPermission() {
        MapBoard board = app.withPainPoints(app.newMap(StewardshipFixture.newProject(), "Checkout"), "A", "B");
        long mapId = board.map().id();
        app.prioritizer.scoreCard(ALICE, mapId, board.version(), cardId(board, "B"), scores(5, 4));
        MapBoard loaded = app.catalog.viewMap(ALICE, mapId);

        assertThat(app.prioritizer.mapPriorities(ALICE, loaded)).isEqualTo(app.prioritizer.mapPriorities(ALICE, mapId));
        app.policy.view = false;
        assertThatThrownBy(() -> app.prioritizer.mapPriorities(ALICE, loaded)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aScoreOutOfRangeIsRefusedAndChangesNothing() {
        MapBoard board = app.withPainPoints(app.newMap(StewardshipFixture.newProject(), "Checkout"), "A");
        long mapId = board.map().id();

        assertThatThrownBy(() -> app.prioritizer.scoreCard(ALICE, mapId, board.version(), cardId(board, "A"), scores(6, 0)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("impact", "feasibility"));
        assertThat(app.board(mapId).version()).isEqualTo(board.version());
        assertThat(app.prioritizer.mapPriorities(ALICE, mapId).priorities().scoredCount()).isZero();
    }

    @Test
    void onlyPainPointsAndOpportunitiesAreScored() {
        MapBoard board = app.newMap(StewardshipFixture.newProject(), "Checkout");
        long touchpoints = board.lanes().get(0).id();
        board = app.editor.addCard(ALICE, board.map().id(), board.version(), touchpoints, board.stages().get(0).id(), null,
                new Card.Content("Pricing page", "")).board();
        long card = cardId(board, "Pricing page");
        MapBoard before = board;

        assertThatThrownBy(() -> app.prioritizer.scoreCard(ALICE, before.map().id(), before.version(), card, scores(3, 3)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Only pain points and opportunities");
    }

    @Test
    void ownersMustBeKnownToTheDirectoryAndAnEmptyOwnerUnassigns() {
        MapBoard board = app.withPainPoints(app.newMap(StewardshipFixture.newProject(), "Checkout"), "A");
        long mapId = board.map().id();
        long card = cardId(board, "A");

        assertThatThrownBy(() -> app.ownership.assignCardOwner(ALICE, mapId, board.version(), card, "mallory"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("owner"));
        assertThat(app.board(mapId).version()).isEqualTo(board.version());

        assertThat(app.ownership.assignCardOwner(ALICE, mapId, board.version(), card, "dana").triage().ownerKey()).isEqualTo("dana");
        assertThat(app.ownership.assignCardOwner(ALICE, mapId, board.version() + 1, card, "").isUnowned()).isTrue();
        assertThat(app.ownership.assignMapOwner(ALICE, mapId, board.version() + 2, "marco").ownerKey()).isEqualTo("marco");
        assertThatThrownBy(() -> app.ownership.assignMapOwner(ALICE, mapId, board.version() + 3, "nobody-here"))
                .isInstanceOf(ValidationException.class);
        assertThat(app.ownership.findPeople(ALICE, "dan", null)).extracting(DirectoryUser::displayName).containsExactly("Dana Whitfield");
    }

    @Test
    void assigningTheMapOwnerKeepsTheMapsPersona() {
        String project = StewardshipFixture.newProject();
        Persona persona = app.personas.createPersona(ALICE, project, new Persona.Content("Priya", "Ops lead", "", ""));
        MapBoard board = app.catalog.createMap(ALICE, project, new dev.journeymaps.domain.board.MapDetails("Checkout",
                dev.journeymaps.domain.board.MapType.CURRENT_STATE, dev.journeymaps.domain.board.ScopeCard.EMPTY, "", persona.id()));

        app.ownership.assignMapOwner(ALICE, board.map().id(), board.version(), "marco");

        assertThat(app.board(board.map().id()).map().personaId()).isEqualTo(persona.id());
        assertThat(app.board(board.map().id()).map().ownerKey()).isEqualTo("marco");
    }

    @Test
    void riceScoresUseTheMapsMethodAndAnAssumptionsConfidence() {
        MapBoard board = app.withPainPoints(app.newMap(StewardshipFixture.newProject(), "Checkout"), "A");
        long mapId = board.map().id();
        app.prioritizer.chooseScoringMethod(ALICE, mapId, board.version(), ScoringMethod.RICE);

        CardPriority a = app.prioritizer.scoreCard(ALICE, mapId, board.version() + 1, cardId(board, "A"),
                new CardTriage.Scores(null, null, 200, 2.0, 4.0));

        assertThat(a.score().value()).isEqualTo(50.0); // 200 × 2 × 50% ÷ 4: no evidence yet
        assertThat(a.score().formula()).contains("Confidence 50% (assumption, no validated evidence)");
    }

    @Test
    void changingAddingAndRemovingCardsBetweenTwoSnapshotsShowsExactlyThoseDifferences() {
        MapBoard board = app.withPainPoints(app.newMap(StewardshipFixture.newProject(), "Checkout"), "Keep", "Change", "Remove");
        long mapId = board.map().id();
        Snapshot before = app.history.takeSnapshot(ALICE, mapId, board.version(), "before");

        board = app.board(mapId);
        app.prioritizer.scoreCard(ALICE, mapId, board.version(), cardId(board, "Change"), scores(4, 3));
        board = app.editor.deleteCard(ALICE, mapId, board.version() + 1, cardId(board, "Remove"));
        board = app.withPainPoints(board, "Added");
        Snapshot after = app.history.takeSnapshot(ALICE, mapId, board.version(), "after");

        BoardDiff diff = app.history.compareSnapshots(ALICE, mapId, before.id(), after.id());
        assertThat(StewardshipFixture.texts(diff.added())).containsExactly("Added");
        assertThat(StewardshipFixture.texts(diff.removed())).containsExactly("Remove");
        assertThat(diff.changed()).singleElement().satisfies(change -> {
            assertThat(change.after().text()).isEqualTo("Change");
            assertThat(change.changes()).containsExactly(new BoardDiff.FieldChange("impact", "", "4"),
                    new BoardDiff.FieldChange("feasibility", "", "3"), new BoardDiff.FieldChange("score", "", "12"));
        });
        assertThat(app.history.compareSnapshots(ALICE, mapId, after.id(), null).isEmpty()).as("after vs now").isTrue();
    }

    @Test
    void aCurrentStateMapComparesWithItsFutureStateByTextLaneAndStage() {
        String project = StewardshipFixture.newProject();
        MapBoard current = app.withPainPoints(app.newMap(project, "Today"), "Slow search", "Coupon rejected");
        MapBoard future = app.withPainPoints(app.newMap(project, "Tomorrow"), "Slow search");

        BoardDiff diff = app.history.compareMaps(ALICE, current.map().id(), future.map().id());

        assertThat(StewardshipFixture.texts(diff.removed())).containsExactly("Coupon rejected");
        assertThat(diff.added()).isEmpty();
        assertThat(diff.changed()).isEmpty();
    }

    @Test
    void aFreshFutureStateOfAScoredAndOwnedMapShowsNoDifferences() {
        MapBoard current = app.withPainPoints(app.newMap(StewardshipFixture.newProject(), "Today"), "Slow search");
        long mapId = current.map().id();
        app.prioritizer.scoreCard(ALICE, mapId, current.version(), cardId(current, "Slow search"), scores(4, 3));
        app.ownership.assignCardOwner(ALICE, mapId, current.version() + 1, cardId(current, "Slow search"), "dana");
        MapBoard future = app.catalog.createFutureState(ALICE, mapId);

        assertThat(app.history.compareMaps(ALICE, mapId, future.map().id()).isEmpty())
                .as("scores and owners are each map's own plan, not differences of the journey").isTrue();
    }

    @Test
    void theHistoryTellsWhoChangedWhatAndWhenForEveryVersion() {
        MapBoard board = app.withPainPoints(app.newMap(StewardshipFixture.newProject(), "Checkout"), "A");
        long mapId = board.map().id();
        app.prioritizer.scoreCard(ALICE, mapId, board.version(), cardId(board, "A"), scores(3, 5));
        app.ownership.assignCardOwner(ALICE, mapId, board.version() + 1, cardId(board, "A"), "dana");

        List<HistoryEntry> history = app.history.history(ALICE, mapId);

        assertThat(history).extracting(HistoryEntry::version).containsExactly(4L, 3L, 2L, 1L);
        assertThat(history).extracting(HistoryEntry::action).containsExactly("card.owner", "card.scored", HistoryEntry.CHANGED, HistoryEntry.CREATED);
        assertThat(history.get(0).summary()).isEqualTo("Owner: Dana Whitfield (was: nobody)");
        assertThat(history.get(1).summary()).isEqualTo("Impact 3 × Feasibility 5 = 15 (was: not scored)");
        assertThat(history).allSatisfy(entry -> assertThat(entry.by()).isEqualTo("alice"));
    }
}

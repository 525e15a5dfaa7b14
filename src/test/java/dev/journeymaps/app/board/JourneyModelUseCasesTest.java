package dev.journeymaps.app.board;

import dev.journeymaps.app.AppFixture;
import dev.journeymaps.app.ConflictException;
import dev.journeymaps.app.PermissionDeniedException;
import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.Evidence;
import dev.journeymaps.domain.board.EvidenceType;
import dev.journeymaps.domain.board.Lane;
import dev.journeymaps.domain.board.LaneKind;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.MapDetails;
import dev.journeymaps.domain.board.MapFilter;
import dev.journeymaps.domain.board.MapSummary;
import dev.journeymaps.domain.board.MapType;
import dev.journeymaps.domain.board.Persona;
import dev.journeymaps.domain.board.ScopeCard;
import dev.journeymaps.domain.ValidationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.journeymaps.app.AppFixture.ALICE;
import static dev.journeymaps.app.AppFixture.newProject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Personas, evidence, emotion scores, future-state maps and the filtered map list, over the real H2 repository. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JourneyModelUseCasesTest {
    @TempDir
    static Path dataDir;
    private AppFixture app;
    private String project;

    @BeforeAll
    void open() {
        app = new AppFixture(dataDir);
    }

    @AfterAll
    void close() {
        app.close();
    }

    @BeforeEach
    void newProjectForEachTest() {
        app.policy.allowAll();
        project = newProject();
    }

    private MapBoard map(String title, MapType type, Long personaId) {
        return app.catalog.createMap(ALICE, project, new MapDetails(title, type, ScopeCard.EMPTY, "", personaId));
    }

    private static Lane lane(MapBoard board, LaneKind kind) {
        return board.lanes().stream().filter(l -> l.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void aPersonaUsedByMapsCannotBeDeletedAndTheRefusalNamesThem() {
        Persona persona = app.personas.createPersona(ALICE, project, new Persona.Content("Priya", "Ops lead", "", ""));
        map("Evaluation", MapType.CURRENT_STATE, persona.id());
        map("Renewal", MapType.CURRENT_STATE, persona.id());

        assertThatThrownBy(() -> app.personas.deletePersona(ALICE, persona.id(), persona.version()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("\"Evaluation\"").hasMessageContaining("\"Renewal\"");
        assertThat(app.personas.listPersonas(ALICE, project)).extracting(Persona::name).containsExactly("Priya");
    }

    @Test
    void anUnusedPersonaIsDeletedAndAMapCannotUseAnotherProjectsPersona() {
        Persona elsewhere = app.personas.createPersona(ALICE, newProject(), new Persona.Content("Other", "", "", ""));
        Persona unused = app.personas.createPersona(ALICE, project, new Persona.Content("Unused", "", "", ""));

        app.personas.deletePersona(ALICE, unused.id(), unused.version());

        assertThat(app.personas.listPersonas(ALICE, project)).isEmpty();
        assertThatThrownBy(() -> map("Foreign", MapType.CURRENT_STATE, elsewhere.id()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("personaId"));
        assertThat(app.catalog.listMaps(ALICE, project)).isEmpty();
    }

    @Test
    void editingPersonasNeedsTheEditPermission() {
        app.policy.edit = false;

        assertThatThrownBy(() -> app.personas.createPersona(ALICE, project, new Persona.Content("Nope", "", "", "")))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void anEmotionScoreIsKeptOnEmotionCardsAndRefusedElsewhereWithoutAChange() {
        MapBoard board = map("Scores", MapType.CURRENT_STATE, null);
        long stage = board.stages().get(0).id();
        MapBoard scored = app.editor.addCard(ALICE, board.map().id(), board.version(), lane(board, LaneKind.EMOTIONS).id(), stage, null,
                new Card.Content("Anxious", "", -2, null)).board();

        assertThat(scored.cards()).singleElement().extracting(Card::emotion).isEqualTo(-2);
        assertThatThrownBy(() -> app.editor.addCard(ALICE, board.map().id(), scored.version(), lane(board, LaneKind.PAIN_POINTS).id(),
                stage, null, new Card.Content("Slow", "", -2, null))).isInstanceOf(ValidationException.class);
        assertThat(app.catalog.viewMap(ALICE, board.map().id()).version()).isEqualTo(scored.version());
    }

    @Test
    void evidenceBacksPainPointsOnlyAndEveryEditMovesTheMapVersionOn() {
        MapBoard board = map("Evidence", MapType.CURRENT_STATE, null);
        long stage = board.stages().get(1).id();
        Added pain = app.editor.addCard(ALICE, board.map().id(), board.version(), lane(board, LaneKind.PAIN_POINTS).id(), stage, null,
                new Card.Content("Slow IT", ""));
        Added thought = app.editor.addCard(ALICE, board.map().id(), pain.board().version(), lane(board, LaneKind.THOUGHTS).id(), stage, null,
                new Card.Content("Hmm", ""));
        Evidence.Content interview = new Evidence.Content(EvidenceType.INTERVIEW, false, 9, "https://example.com", "Waited", null);
        long version = thought.board().version();

        assertThatThrownBy(() -> app.evidence.addEvidence(ALICE, board.map().id(), version, thought.id(), interview))
                .isInstanceOf(ValidationException.class);
        Added added = app.evidence.addEvidence(ALICE, board.map().id(), version, pain.id(), interview);
        assertThatThrownBy(() -> app.evidence.addEvidence(ALICE, board.map().id(), version, pain.id(), interview))
                .isInstanceOf(ConflictException.class);
        MapBoard edited = app.evidence.editEvidence(ALICE, board.map().id(), added.board().version(), pain.id(), added.id(),
                new Evidence.Content(EvidenceType.SURVEY, true, 40, "", "", null));
        assertThat(edited.evidenceFor(pain.id())).singleElement().satisfies(e -> assertThat(e.content().customersAffected()).isEqualTo(40));
        assertThat(edited.validation().backed()).isEqualTo(1);
        MapBoard deleted = app.evidence.deleteEvidence(ALICE, board.map().id(), edited.version(), pain.id(), added.id());
        assertThat(deleted.evidence()).isEmpty();
        assertThat(deleted.version()).isEqualTo(version + 3);
    }

    @Test
    void aFutureStateMapCopiesTheCurrentStateAndBothKnowEachOther() {
        Persona persona = app.personas.createPersona(ALICE, project, new Persona.Content("Priya", "", "", ""));
        MapBoard created = map("Checkout", MapType.CURRENT_STATE, persona.id());
        MapBoard current = app.editor.addCard(ALICE, created.map().id(), created.version(), lane(created, LaneKind.PAIN_POINTS).id(),
                created.stages().get(0).id(), null, new Card.Content("Slow", "")).board();

        MapBoard future = app.catalog.createFutureState(ALICE, current.map().id());

        assertThat(future.map().type()).isEqualTo(MapType.FUTURE_STATE);
        assertThat(future.map().title()).isEqualTo("Checkout (future state)");
        assertThat(future.map().personaId()).isEqualTo(persona.id());
        assertThat(future.cards()).extracting(Card::text).containsExactly("Slow");
        assertThat(app.catalog.related(ALICE, future.map()).origin()).hasValueSatisfying(o -> assertThat(o.id()).isEqualTo(current.map().id()));
        assertThat(app.catalog.related(ALICE, current.map()).derived()).extracting(m -> m.id()).containsExactly(future.map().id());
        long futureId = future.map().id();
        assertThatThrownBy(() -> app.catalog.createFutureState(ALICE, futureId)).isInstanceOf(ValidationException.class);
    }

    @Test
    void theMapListFiltersByTypePersonaOwnerAndTitle() {
        Persona persona = app.personas.createPersona(ALICE, project, new Persona.Content("Priya", "", "", ""));
        map("Checkout today", MapType.CURRENT_STATE, persona.id());
        map("Checkout blueprint", MapType.SERVICE_BLUEPRINT, null);
        app.catalog.createMap(ALICE, project, new MapDetails("Returns", MapType.CURRENT_STATE, ScopeCard.EMPTY, "bob"));

        assertThat(titles(new MapFilter(MapType.CURRENT_STATE, null, null, null))).containsExactlyInAnyOrder("Checkout today", "Returns");
        assertThat(titles(new MapFilter(null, persona.id(), null, null))).containsExactly("Checkout today");
        assertThat(titles(new MapFilter(null, null, "bob", null))).containsExactly("Returns");
        assertThat(titles(new MapFilter(null, null, null, "CHECKOUT"))).containsExactlyInAnyOrder("Checkout today", "Checkout blueprint");
        assertThat(titles(new MapFilter(MapType.SERVICE_BLUEPRINT, null, null, "today"))).isEmpty();
    }

    private java.util.List<String> titles(MapFilter filter) {
        return app.catalog.listMaps(ALICE, project, filter).stream().map(MapSummary::map).map(m -> m.title()).toList();
    }
}

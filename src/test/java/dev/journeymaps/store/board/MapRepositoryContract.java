package dev.journeymaps.store.board;

import dev.journeymaps.store.AoSession;
import dev.journeymaps.store.work.IssueLinkEntity;
import dev.journeymaps.app.ConflictException;
import dev.journeymaps.app.board.MapRepository;
import dev.journeymaps.app.NotFoundException;
import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.Channel;
import dev.journeymaps.domain.board.Evidence;
import dev.journeymaps.domain.board.EvidenceType;
import dev.journeymaps.domain.board.Persona;
import dev.journeymaps.app.board.PersonaRepository;
import dev.journeymaps.domain.board.JourneyMap;
import dev.journeymaps.domain.board.Lane;
import dev.journeymaps.domain.board.LaneKind;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.MapDetails;
import dev.journeymaps.domain.board.MapSummary;
import dev.journeymaps.domain.board.MapTemplate;
import dev.journeymaps.domain.board.MapType;
import dev.journeymaps.domain.board.ScopeCard;
import dev.journeymaps.domain.board.Stage;
import net.java.ao.Query;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link MapRepository} on Active Objects must do with maps, stages, lanes, cards and evidence. */
public abstract class MapRepositoryContract extends MapStoreContract {
    @Test
    void creatingAMapStoresItsTemplateStagesAndLanesAtVersionOne() {
        JourneyMap created = repository.createMap(newProject(),
                new MapDetails("Onboarding", MapType.SERVICE_BLUEPRINT, new ScopeCard("Admin", "Setup", "Go live", ""), "carol"),
                MapTemplate.of(MapType.SERVICE_BLUEPRINT), "alice", T0);

        MapBoard board = board(created.id());
        assertThat(board.map()).isEqualTo(created);
        assertThat(board.version()).isEqualTo(1);
        assertThat(board.map().scope()).isEqualTo(new ScopeCard("Admin", "Setup", "Go live", ""));
        assertThat(board.map().ownerKey()).isEqualTo("carol");
        assertThat(board.map().created()).isEqualTo(T0);
        assertThat(board.stages()).extracting(Stage::name).containsExactly("Request", "Fulfil", "Follow up");
        assertThat(board.stages()).extracting(Stage::position).containsExactly(0, 1, 2);
        assertThat(board.lanes()).extracting(Lane::kind)
                .containsExactlyElementsOf(MapTemplate.of(MapType.SERVICE_BLUEPRINT).lanes().stream().map(MapTemplate.LaneSpec::kind).toList());
        assertThat(board.cards()).isEmpty();
        assertThat(repository.findMap(created.id())).contains(created);
    }

    @Test
    void hiddenLanesScoresChannelsPersonaAndEvidenceAreStoredAndLoadedBack() {
        PersonaRepository personas = database.personas();
        String project = newProject();
        Persona priya = personas.createPersona(project, new Persona.Content("Priya", "Head of ops", "One dashboard", "Slow IT"));
        JourneyMap created = repository.createMap(project, new MapDetails("Stored", MapType.CURRENT_STATE, ScopeCard.EMPTY, "alice", priya.id()),
                MapTemplate.of(MapType.CURRENT_STATE), "alice", T0);
        MapBoard board = board(created.id());
        Lane touchpoints = lane(board, LaneKind.TOUCHPOINTS);
        Lane emotions = lane(board, LaneKind.EMOTIONS);
        long pain = lane(board, LaneKind.PAIN_POINTS).id();
        long stage = board.stages().get(0).id();
        Evidence.Content interview = new Evidence.Content(EvidenceType.INTERVIEW, false, 9, "https://example.com/notes",
                "We waited a week for IT", LocalDate.parse("2026-10-02"));
        long painCard = change(board, writer -> {
            writer.updateLane(touchpoints.hidden(true));
            writer.insertCard(emotions.id(), stage, 0, new Card.Content("Anxious", "", -2, null));
            writer.insertCard(touchpoints.id(), stage, 0, new Card.Content("Call", "", null, Channel.PHONE));
            long id = writer.insertCard(pain, stage, 0, new Card.Content("Slow IT", ""));
            writer.insertEvidence(id, interview);
            writer.insertEvidence(id, new Evidence.Content(EvidenceType.ANALYTICS, true, null, "", "", null));
            return id;
        });

        MapBoard loaded = board(created.id());

        assertThat(loaded.map().personaId()).isEqualTo(priya.id());
        assertThat(loaded.lane(touchpoints.id()).orElseThrow().hidden()).isTrue();
        assertThat(loaded.lane(emotions.id()).orElseThrow().hidden()).isFalse();
        assertThat(loaded.cards()).extracting(Card::text, Card::emotion, Card::channel).contains(
                org.assertj.core.groups.Tuple.tuple("Anxious", -2, null), org.assertj.core.groups.Tuple.tuple("Call", null, Channel.PHONE));
        assertThat(loaded.evidenceFor(painCard)).extracting(Evidence::content)
                .containsExactly(interview, new Evidence.Content(EvidenceType.ANALYTICS, true, null, "", "", null));
        assertThat(repository.usingPersona(priya.id())).extracting(JourneyMap::id).containsExactly(created.id());
        assertThat(personas.listPersonas(project)).extracting(Persona::name).containsExactly("Priya");
    }

    @Test
    void deletingACardStageOrLaneDeletesTheEvidenceBehindItsCards() {
        MapBoard board = board(create(newProject(), MapType.CURRENT_STATE, "Cascade").id());
        long pain = lane(board, LaneKind.PAIN_POINTS).id();
        long opportunities = lane(board, LaneKind.OPPORTUNITIES).id();
        long first = board.stages().get(0).id();
        long second = board.stages().get(1).id();
        Evidence.Content survey = new Evidence.Content(EvidenceType.SURVEY, true, 120, "", "", null);
        change(board, writer -> {
            writer.insertEvidence(writer.insertCard(pain, first, 0, new Card.Content("A", "")), survey);
            writer.insertEvidence(writer.insertCard(pain, second, 0, new Card.Content("B", "")), survey);
            writer.insertEvidence(writer.insertCard(opportunities, second, 0, new Card.Content("C", "")), survey);
            return null;
        });
        MapBoard filled = board(board.map().id());
        assertThat(filled.evidence()).hasSize(3);

        change(filled, writer -> {
            writer.deleteStage(first);
            writer.deleteLane(opportunities);
            return null;
        });

        MapBoard after = board(board.map().id());
        assertThat(after.cards()).extracting(Card::text).containsExactly("B");
        assertThat(after.evidence()).extracting(Evidence::cardId).containsExactly(after.cards().get(0).id());
        change(after, writer -> {
            writer.deleteCard(after.cards().get(0).id());
            return null;
        });
        assertThat(board(board.map().id()).evidence()).isEmpty();
    }

    @Test
    void copyingAMapCopiesItsGridCardsAndEvidenceAndRemembersTheOrigin() {
        MapBoard source = board(create(newProject(), MapType.CURRENT_STATE, "Today").id());
        long pain = lane(source, LaneKind.PAIN_POINTS).id();
        long emotions = lane(source, LaneKind.EMOTIONS).id();
        long stage = source.stages().get(2).id();
        change(source, writer -> {
            writer.insertEvidence(writer.insertCard(pain, stage, 0, new Card.Content("Slow", "details")),
                    new Evidence.Content(EvidenceType.SUPPORT_TICKET, false, 3, "http://tickets.example/1", "Stuck", null));
            writer.insertCard(emotions, stage, 0, new Card.Content("Low", "", -3, null));
            return null;
        });
        MapBoard filled = board(source.map().id());

        JourneyMap copy = repository.copyMap(filled, new MapDetails("Tomorrow", MapType.FUTURE_STATE, ScopeCard.EMPTY, "bob"), "bob", T0);

        MapBoard copied = board(copy.id());
        assertThat(copied.map().originMapId()).isEqualTo(filled.map().id());
        assertThat(copied.map().type()).isEqualTo(MapType.FUTURE_STATE);
        assertThat(copied.stages()).extracting(Stage::name).isEqualTo(filled.stages().stream().map(Stage::name).toList());
        assertThat(copied.lanes()).extracting(Lane::title).isEqualTo(filled.lanes().stream().map(Lane::title).toList());
        assertThat(copied.cards()).extracting(Card::text, Card::details, Card::emotion).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Slow", "details", null), org.assertj.core.groups.Tuple.tuple("Low", "", -3));
        assertThat(copied.cards()).allSatisfy(card -> assertThat(copied.stage(card.stageId()).orElseThrow().name())
                .isEqualTo(filled.stages().get(2).name()));
        assertThat(copied.evidence()).singleElement().satisfies(e -> {
            assertThat(e.content().quote()).isEqualTo("Stuck");
            assertThat(copied.card(e.cardId()).orElseThrow().text()).isEqualTo("Slow");
        });
        assertThat(repository.derivedFrom(filled.map().id())).extracting(JourneyMap::id).containsExactly(copy.id());
        assertThat(board(filled.map().id()).cards()).hasSize(2);
    }

    @Test
    void aPersonaEditQuotingAStaleVersionIsAConflict() {
        PersonaRepository personas = database.personas();
        Persona persona = personas.createPersona(newProject(), new Persona.Content("Sam", "", "", ""));
        Persona edited = personas.updatePersona(persona.id(), 1, new Persona.Content("Sam S.", "Buyer", "", ""));

        assertThat(edited.version()).isEqualTo(2);
        assertThatThrownBy(() -> personas.updatePersona(persona.id(), 1, new Persona.Content("Lost", "", "", "")))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> personas.deletePersona(persona.id(), 1)).isInstanceOf(ConflictException.class);
        assertThat(personas.findPersona(persona.id()).orElseThrow().name()).isEqualTo("Sam S.");
        personas.deletePersona(persona.id(), 2);
        assertThat(personas.findPersona(persona.id())).isEmpty();
    }

    private static Lane lane(MapBoard board, LaneKind kind) {
        return board.lanes().stream().filter(l -> l.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void aMissingMapIsNotFound() {
        assertThat(repository.loadBoard(987_654)).isEmpty();
        assertThat(repository.findMap(987_654)).isEmpty();
        assertThatThrownBy(() -> repository.change(987_654, 1, "bob", T0, writer -> null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> repository.deleteMap(987_654, 1)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void listingMapsCountsStagesCardsAndPainPointsNewestFirst() {
        String project = newProject();
        MapBoard first = board(create(project, MapType.CURRENT_STATE, "First").id());
        MapBoard second = board(create(project, MapType.DAY_IN_THE_LIFE, "Second").id());
        create(newProject(), MapType.CURRENT_STATE, "Elsewhere");
        long pain = first.lanes().stream().filter(l -> l.kind() == LaneKind.PAIN_POINTS).findFirst().orElseThrow().id();
        long actions = first.lanes().get(1).id();
        long stage = first.stages().get(0).id();
        change(first, writer -> {
            writer.insertCard(pain, stage, 0, new Card.Content("Slow", ""));
            writer.insertCard(pain, stage, 1, new Card.Content("Confusing", ""));
            writer.insertCard(actions, stage, 0, new Card.Content("Signs up", ""));
            return null;
        });

        List<MapSummary> maps = repository.listMaps(project);

        assertThat(maps).extracting(s -> s.map().title()).containsExactly("First", "Second");
        assertThat(maps.get(0)).extracting(MapSummary::stageCount, MapSummary::cardCount, MapSummary::painPointCount)
                .containsExactly(6, 3, 2);
        assertThat(maps.get(1)).extracting(MapSummary::stageCount, MapSummary::cardCount, MapSummary::painPointCount)
                .containsExactly(4, 0, 0);
        assertThat(repository.listMaps(newProject())).isEmpty();
        assertThat(second.version()).isEqualTo(1);
    }

    @Test
    void aChangeMovesTheMapToTheNextVersionAndUpdatesItsHeader() {
        MapBoard board = board(create(newProject(), MapType.CURRENT_STATE, "Before").id());

        String result = change(board, writer -> {
            writer.updateMap(new MapDetails("After", MapType.FUTURE_STATE, new ScopeCard("P", "J", "G", "U"), ""));
            return "done";
        });

        MapBoard after = board(board.map().id());
        assertThat(result).isEqualTo("done");
        assertThat(after.version()).isEqualTo(2);
        assertThat(after.map().title()).isEqualTo("After");
        assertThat(after.map().type()).isEqualTo(MapType.FUTURE_STATE);
        assertThat(after.map().scope()).isEqualTo(new ScopeCard("P", "J", "G", "U"));
        assertThat(after.map().ownerKey()).isEmpty();
        assertThat(after.map().updated()).isEqualTo(T0.plusSeconds(60));
        assertThat(after.map().created()).isEqualTo(T0);
    }

    @Test
    void stagesAreInsertedUpdatedAndDeletedWithTheirCards() {
        MapBoard board = board(create(newProject(), MapType.DAY_IN_THE_LIFE, "Stages").id());
        long lane = board.lanes().get(0).id();
        long kept = board.stages().get(0).id();
        long[] added = new long[2];
        change(board, writer -> {
            added[0] = writer.insertStage("Night", 4);
            added[1] = writer.insertCard(lane, added[0], 0, new Card.Content("Sleeps", "badly"));
            writer.insertCard(lane, kept, 0, new Card.Content("Wakes", ""));
            writer.updateStage(new Stage(kept, board.map().id(), "Dawn", 5));
            return null;
        });
        MapBoard middle = board(board.map().id());
        assertThat(middle.stage(added[0])).contains(new Stage(added[0], board.map().id(), "Night", 4));
        assertThat(middle.stage(kept)).contains(new Stage(kept, board.map().id(), "Dawn", 5));
        assertThat(middle.card(added[1]).orElseThrow().details()).isEqualTo("badly");

        change(middle, writer -> {
            writer.deleteStage(added[0]);
            return null;
        });

        MapBoard after = board(board.map().id());
        assertThat(after.stage(added[0])).isEmpty();
        assertThat(after.cards()).extracting(Card::text).containsExactly("Wakes");
        assertThat(after.version()).isEqualTo(3);
    }

    @Test
    void lanesAreInsertedUpdatedAndDeletedWithTheirCards() {
        MapBoard board = board(create(newProject(), MapType.CURRENT_STATE, "Lanes").id());
        long stage = board.stages().get(0).id();
        Lane first = board.lanes().get(0);
        long[] added = new long[1];
        change(board, writer -> {
            added[0] = writer.insertLane(LaneKind.METRICS, "Metrics", 6);
            writer.insertCard(added[0], stage, 0, new Card.Content("NPS 20", ""));
            writer.insertCard(first.id(), stage, 0, new Card.Content("Web site", ""));
            writer.updateLane(new Lane(first.id(), first.mapId(), LaneKind.CHANNELS, "Channels", 9));
            return null;
        });
        MapBoard middle = board(board.map().id());
        assertThat(middle.lane(added[0])).contains(new Lane(added[0], board.map().id(), LaneKind.METRICS, "Metrics", 6));
        assertThat(middle.lane(first.id())).contains(new Lane(first.id(), first.mapId(), LaneKind.CHANNELS, "Channels", 9));

        change(middle, writer -> {
            writer.deleteLane(added[0]);
            return null;
        });

        MapBoard after = board(board.map().id());
        assertThat(after.lane(added[0])).isEmpty();
        assertThat(after.cards()).extracting(Card::text).containsExactly("Web site");
    }

    @Test
    void cardsAreInsertedUpdatedMovedAndDeleted() {
        MapBoard board = board(create(newProject(), MapType.CURRENT_STATE, "Cards").id());
        long mapId = board.map().id();
        long lane = board.lanes().get(0).id();
        long otherLane = board.lanes().get(1).id();
        long stage = board.stages().get(0).id();
        long otherStage = board.stages().get(1).id();
        long[] ids = new long[2];
        change(board, writer -> {
            ids[0] = writer.insertCard(lane, stage, 0, new Card.Content("One", ""));
            ids[1] = writer.insertCard(lane, stage, 1, new Card.Content("Two", "more"));
            return null;
        });
        assertThat(board(mapId).cardsIn(lane, stage)).extracting(Card::text).containsExactly("One", "Two");

        change(board(mapId), writer -> {
            writer.updateCard(new Card(ids[0], mapId, otherLane, otherStage, 0, "Uno", "details"));
            writer.updateCard(new Card(ids[1], mapId, lane, stage, 0, "Two", ""));
            return null;
        });
        MapBoard moved = board(mapId);
        assertThat(moved.card(ids[0])).contains(new Card(ids[0], mapId, otherLane, otherStage, 0, "Uno", "details"));
        assertThat(moved.card(ids[1])).contains(new Card(ids[1], mapId, lane, stage, 0, "Two", ""));

        change(moved, writer -> {
            writer.deleteCard(ids[1]);
            return null;
        });
        assertThat(board(mapId).cards()).extracting(Card::id).containsExactly(ids[0]);
    }

    @Test
    void deletingAMapRemovesEveryRowOfIt() {
        MapBoard board = board(create(newProject(), MapType.CURRENT_STATE, "Doomed").id());
        MapBoard other = board(create(newProject(), MapType.CURRENT_STATE, "Survivor").id());
        long mapId = board.map().id();
        change(board, writer -> writer.insertCard(board.lanes().get(0).id(), board.stages().get(0).id(), 0,
                new Card.Content("Card", "")));

        assertThatThrownBy(() -> repository.deleteMap(mapId, 1)).isInstanceOf(ConflictException.class);
        repository.deleteMap(mapId, 2);

        AoSession ao = database.session();
        assertThat(repository.loadBoard(mapId)).isEmpty();
        for (Class<? extends net.java.ao.RawEntity<Integer>> table : List.of(StageEntity.class, LaneEntity.class,
                CardEntity.class, MapRevisionEntity.class, IssueLinkEntity.class)) {
            assertThat(ao.count(table, Query.select().where("MAP_ID = ?", mapId))).as(table.getSimpleName()).isZero();
        }
        assertThat(board(other.map().id())).isEqualTo(other);
    }
}

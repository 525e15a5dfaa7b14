package dev.journeymaps.store.board;

import dev.journeymaps.store.StatementCounter;
import dev.journeymaps.app.board.MapRepository;
import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.Evidence;
import dev.journeymaps.domain.board.EvidenceType;
import dev.journeymaps.domain.board.LaneKind;
import dev.journeymaps.domain.board.JourneyMap;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.MapDetails;
import dev.journeymaps.domain.board.MapTemplate;
import dev.journeymaps.domain.board.MapType;
import dev.journeymaps.store.embedded.DatabaseConfig;
import dev.journeymaps.store.embedded.EmbeddedDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Loading a map costs the same few statements whatever its size: no query per card (N+1). */
class MapLoadingStatementsTest {
    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @TempDir
    Path dataDir;
    private final StatementCounter counter = new StatementCounter();
    private EmbeddedDatabase database;
    private MapRepository repository;

    @BeforeEach
    void open() {
        database = EmbeddedDatabase.open(DatabaseConfig.h2File(dataDir), counter::wrap);
        repository = database.repository();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void loadingAMapOf500CardsTakesAsManyStatementsAsAMapOfOne() {
        MapBoard small = withCards(1);
        MapBoard large = withCards(500);

        int smallStatements = statementsToLoad(small.map().id());
        int largeStatements = statementsToLoad(large.map().id());

        System.out.printf("Statements to load a map: 1 card = %d, 500 cards = %d%n", smallStatements, largeStatements);
        assertThat(largeStatements).isEqualTo(smallStatements).isLessThanOrEqualTo(5);
        assertThat(repository.loadBoard(large.map().id()).orElseThrow().cards()).hasSize(500)
                .allSatisfy(card -> assertThat(card.text()).startsWith("Card "));
    }

    @Test
    void evidenceOnEveryPainPointLoadsInOneExtraStatementNotOnePerCard() {
        MapBoard board = withCards(0);
        int empty = statementsToLoad(board.map().id());
        long pain = board.lanes().stream().filter(l -> l.kind() == LaneKind.PAIN_POINTS).findFirst().orElseThrow().id();
        repository.change(board.map().id(), board.version(), "alice", NOW, writer -> {
            for (int i = 0; i < 200; i++) {
                long card = writer.insertCard(pain, board.stages().get(i % 6).id(), i / 6, new Card.Content("Pain " + i, ""));
                writer.insertEvidence(card, new Evidence.Content(EvidenceType.INTERVIEW, false, i, "https://example.com/" + i, "Quote " + i, null));
                writer.insertEvidence(card, new Evidence.Content(EvidenceType.ANALYTICS, true, null, "", "", null));
            }
            return null;
        });

        int withEvidence = statementsToLoad(board.map().id());

        System.out.printf("Statements to load a map: no cards = %d, 200 pain points with 400 pieces of evidence = %d%n", empty, withEvidence);
        assertThat(withEvidence).isEqualTo(empty).isEqualTo(5);
        MapBoard loaded = repository.loadBoard(board.map().id()).orElseThrow();
        assertThat(loaded.evidence()).hasSize(400);
        assertThat(loaded.validation().backed()).isEqualTo(200);
    }

    @Test
    void listingMapsTakesTheSameStatementsForOneMapOrMany() {
        withCards(3);
        int one = statementsToList("LIST");
        for (int i = 0; i < 9; i++) {
            withCards(3);
        }
        int ten = statementsToList("LIST");

        System.out.printf("Statements to list maps: 1 map = %d, 10 maps = %d%n", one, ten);
        assertThat(ten).isEqualTo(one).isLessThanOrEqualTo(4);
        assertThat(repository.listMaps("LIST")).hasSize(10).allSatisfy(summary -> assertThat(summary.cardCount()).isEqualTo(3));
    }

    @Test
    void aVersionedChangeAddsFourStatementsToItsOwnWrites() {
        MapBoard board = withCards(1);
        counter.reset();

        repository.change(board.map().id(), board.version(), "alice", NOW, writer -> writer.insertCard(
                board.lanes().get(0).id(), board.stages().get(0).id(), 1, new Card.Content("One more", "")));

        // read the map, claim the version, re-check the map, [insert the card], save version and time
        System.out.printf("Statements for a change inserting one card: %d%n", counter.count());
        assertThat(counter.count()).isEqualTo(5);
    }

    private int statementsToLoad(long mapId) {
        counter.reset();
        repository.loadBoard(mapId).orElseThrow();
        return counter.count();
    }

    private int statementsToList(String projectKey) {
        counter.reset();
        repository.listMaps(projectKey);
        return counter.count();
    }

    private MapBoard withCards(int cards) {
        JourneyMap map = repository.createMap("LIST", new MapDetails("Map", MapType.CURRENT_STATE, null, "alice"),
                MapTemplate.of(MapType.CURRENT_STATE), "alice", NOW);
        MapBoard board = repository.loadBoard(map.id()).orElseThrow();
        repository.change(map.id(), 1, "alice", NOW, writer -> {
            for (int i = 0; i < cards; i++) {
                writer.insertCard(board.lanes().get(i % 6).id(), board.stages().get(i % 6).id(), i / 36,
                        new Card.Content("Card " + i, i % 2 == 0 ? "Details " + i : ""));
            }
            return null;
        });
        return repository.loadBoard(map.id()).orElseThrow();
    }
}

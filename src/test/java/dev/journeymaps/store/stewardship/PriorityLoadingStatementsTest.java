package dev.journeymaps.store.stewardship;

import dev.journeymaps.store.StatementCounter;
import dev.journeymaps.app.board.MapRepository;
import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.stewardship.CardTriage;
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

/** Reading a map's triage costs the same statements for one scored card or five hundred: no query per card. */
class PriorityLoadingStatementsTest {
    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @TempDir
    Path dataDir;
    private final StatementCounter counter = new StatementCounter();
    private EmbeddedDatabase database;
    private MapRepository repository;
    private AoTriageRepository triage;

    @BeforeEach
    void open() {
        database = EmbeddedDatabase.open(DatabaseConfig.h2File(dataDir), counter::wrap);
        repository = database.repository();
        triage = new AoTriageRepository(database.session());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void readingTheTriageOf500CardsTakesAsManyStatementsAsOfOne() {
        long small = scoredMap(1);
        long large = scoredMap(500);

        int smallStatements = statementsToRead(small);
        int largeStatements = statementsToRead(large);

        System.out.printf("Statements to read triage and method: 1 card = %d, 500 cards = %d%n", smallStatements, largeStatements);
        assertThat(largeStatements).isEqualTo(smallStatements).isLessThanOrEqualTo(2);
        assertThat(triage.triage(large)).hasSize(500);
    }

    private int statementsToRead(long mapId) {
        counter.reset();
        triage.triage(mapId);
        triage.scoringMethod(mapId);
        return counter.count();
    }

    private long scoredMap(int cards) {
        JourneyMap map = repository.createMap("PRIO", new MapDetails("Map", MapType.CURRENT_STATE, null, "alice"),
                MapTemplate.of(MapType.CURRENT_STATE), "alice", NOW);
        MapBoard board = repository.loadBoard(map.id()).orElseThrow();
        repository.change(map.id(), 1, "alice", NOW, writer -> {
            for (int i = 0; i < cards; i++) {
                long id = writer.insertCard(board.lanes().get(4).id(), board.stages().get(i % 6).id(), i / 6,
                        new Card.Content("Pain " + i, ""));
                triage.saveTriage(map.id(), new CardTriage(id, "", new CardTriage.Scores(1 + i % 5, 1 + i % 3, null, null, null)));
            }
            return null;
        });
        return map.id();
    }
}

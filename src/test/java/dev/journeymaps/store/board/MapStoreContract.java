package dev.journeymaps.store.board;

import dev.journeymaps.app.board.MapRepository;
import dev.journeymaps.domain.board.JourneyMap;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.MapDetails;
import dev.journeymaps.domain.board.MapTemplate;
import dev.journeymaps.domain.board.MapType;
import dev.journeymaps.domain.board.ScopeCard;
import dev.journeymaps.store.embedded.EmbeddedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;


import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The database behind a store contract: opened once per test class on the database a subclass names, with
 * helpers to create maps and change them. Subclasses state what the store must do.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class MapStoreContract {
    private static final AtomicInteger PROJECTS = new AtomicInteger();
    protected static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

    protected EmbeddedDatabase database;
    protected MapRepository repository;

    protected abstract EmbeddedDatabase open() throws Exception;

    protected void shutDown() throws Exception {
    }

    @BeforeAll
    void openDatabase() throws Exception {
        database = open();
        repository = database.repository();
    }

    @AfterAll
    void closeDatabase() throws Exception {
        database.close();
        shutDown();
    }

    protected static String newProject() {
        return "P" + PROJECTS.incrementAndGet();
    }

    protected JourneyMap create(String project, MapType type, String title) {
        return repository.createMap(project, new MapDetails(title, type, ScopeCard.EMPTY, "alice"),
                MapTemplate.of(type), "alice", T0);
    }

    protected MapBoard board(long mapId) {
        return repository.loadBoard(mapId).orElseThrow();
    }

    protected <T> T change(MapBoard board, MapRepository.MapChange<T> change) {
        return repository.change(board.map().id(), board.version(), "bob", T0.plusSeconds(60), change);
    }
}

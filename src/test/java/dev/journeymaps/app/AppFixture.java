package dev.journeymaps.app;

import dev.journeymaps.app.board.BoardEditor;
import dev.journeymaps.app.board.EvidenceEditor;
import dev.journeymaps.app.board.MapCatalog;
import dev.journeymaps.app.board.PersonaDirectory;
import dev.journeymaps.store.embedded.DatabaseConfig;
import dev.journeymaps.store.embedded.EmbeddedDatabase;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

/** Use cases wired to a real Active Objects repository on H2, with switchable permissions. */
public final class AppFixture implements AutoCloseable {
    public static final Actor ALICE = new Actor("alice", "Alice");
    private static final AtomicInteger PROJECTS = new AtomicInteger();

    private final EmbeddedDatabase database;
    public final Policy policy = new Policy();
    public final MapCatalog catalog;
    public final BoardEditor editor;
    public final EvidenceEditor evidence;
    public final PersonaDirectory personas;

    public AppFixture(Path dataDir) {
        database = EmbeddedDatabase.open(DatabaseConfig.h2File(dataDir));
        Clock clock = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);
        catalog = new MapCatalog(database.repository(), database.personas(), policy,
                new InMemoryStewardship(new DirectoryUser("bob", "bob", "Bob Brown"), new DirectoryUser("carol", "carol", "Carol Chen")), clock);
        editor = new BoardEditor(database.repository(), policy, clock);
        evidence = new EvidenceEditor(database.repository(), policy, clock);
        personas = new PersonaDirectory(database.personas(), database.repository(), policy);
    }

    public static String newProject() {
        return "APP" + PROJECTS.incrementAndGet();
    }

    @Override
    public void close() {
        database.close();
    }

    /** Allows everything until told otherwise. */
    public static final class Policy implements AccessPolicy {
        public boolean view = true;
        public boolean edit = true;
        public boolean administer = true;

        public void allowAll() {
            view = true;
            edit = true;
            administer = true;
        }

        @Override
        public boolean canView(Actor actor, String projectKey) {
            return view;
        }

        @Override
        public boolean canEdit(Actor actor, String projectKey) {
            return edit;
        }

        @Override
        public boolean canAdminister(Actor actor, String projectKey) {
            return administer;
        }
    }
}

package dev.journeymaps.app;

import dev.journeymaps.domain.Card;
import dev.journeymaps.domain.Lane;
import dev.journeymaps.domain.LaneKind;
import dev.journeymaps.domain.MapBoard;
import dev.journeymaps.domain.MapDetails;
import dev.journeymaps.domain.MapType;
import dev.journeymaps.domain.ScopeCard;
import dev.journeymaps.domain.SnapshotCard;
import dev.journeymaps.store.AoAuditLog;
import dev.journeymaps.store.AoReviewRepository;
import dev.journeymaps.store.AoSnapshotRepository;
import dev.journeymaps.store.AoTriageRepository;
import dev.journeymaps.store.embedded.DatabaseConfig;
import dev.journeymaps.store.embedded.EmbeddedDatabase;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** The stewardship use cases on real Active Objects (H2), a clock the test moves, and a three-person directory. */
final class StewardshipFixture implements AutoCloseable {
    static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    static final Actor ALICE = new Actor("alice", "Alice Adams");
    private static final AtomicInteger PROJECTS = new AtomicInteger();

    private final EmbeddedDatabase database;
    final MovableClock clock = new MovableClock(T0);
    final AppFixture.Policy policy = new AppFixture.Policy();
    final MapCatalog catalog;
    final BoardEditor editor;
    final Prioritizer prioritizer;
    final Ownership ownership;
    final MapReviews reviews;
    final MapHistory history;
    final PersonaDirectory personas;

    StewardshipFixture(Path dataDir) {
        database = EmbeddedDatabase.open(DatabaseConfig.h2File(dataDir));
        Directory directory = new InMemoryStewardship(new DirectoryUser("alice", "alice", "Alice Adams"),
                new DirectoryUser("dana", "dana", "Dana Whitfield"), new DirectoryUser("marco", "marco", "Marco Rossi"));
        StewardshipPorts ports = new StewardshipPorts(new AoTriageRepository(database.session()),
                new AoReviewRepository(database.session()), new AoSnapshotRepository(database.session()),
                new AoAuditLog(database.session()), directory, EvidenceSource.none(), LinkedWorkSource.none());
        catalog = new MapCatalog(database.repository(), database.personas(), policy, clock);
        editor = new BoardEditor(database.repository(), policy, clock);
        personas = new PersonaDirectory(database.personas(), database.repository(), policy);
        prioritizer = new Prioritizer(database.repository(), policy, clock, ports);
        ownership = new Ownership(database.repository(), policy, clock, ports);
        reviews = new MapReviews(database.repository(), policy, clock, ports);
        history = new MapHistory(database.repository(), policy, clock, ports);
    }

    static String newProject() {
        return "STW" + PROJECTS.incrementAndGet();
    }

    MapBoard newMap(String project, String title) {
        return catalog.createMap(ALICE, project, new MapDetails(title, MapType.CURRENT_STATE, ScopeCard.EMPTY, ""));
    }

    /** Adds pain points to the first stage, in order; returns the board afterwards. */
    MapBoard withPainPoints(MapBoard board, String... texts) {
        Lane pain = board.lanes().stream().filter(l -> l.kind() == LaneKind.PAIN_POINTS).findFirst().orElseThrow();
        for (String text : texts) {
            board = editor.addCard(ALICE, board.map().id(), board.version(), pain.id(), board.stages().get(0).id(), null,
                    new Card.Content(text, "")).board();
        }
        return board;
    }

    static long cardId(MapBoard board, String text) {
        return board.cards().stream().filter(c -> c.text().equals(text)).findFirst().orElseThrow().id();
    }

    MapBoard board(long mapId) {
        return catalog.viewMap(ALICE, mapId);
    }

    @Override
    public void close() {
        database.close();
    }

    /** A clock standing still until the test moves it. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    static List<String> texts(List<SnapshotCard> cards) {
        return cards.stream().map(SnapshotCard::text).toList();
    }
}

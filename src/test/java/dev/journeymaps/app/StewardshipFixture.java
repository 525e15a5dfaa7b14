package dev.journeymaps.app;

import dev.journeymaps.app.board.BoardEditor;
import dev.journeymaps.app.board.MapCatalog;
import dev.journeymaps.app.board.PersonaDirectory;
import dev.journeymaps.app.history.MapHistory;
import dev.journeymaps.app.history.MapReviews;
import dev.journeymaps.app.stewardship.EvidenceSource;
import dev.journeymaps.app.stewardship.LinkedWorkSource;
import dev.journeymaps.app.stewardship.Ownership;
import dev.journeymaps.app.stewardship.Prioritizer;
import dev.journeymaps.app.stewardship.PriorityReader;
import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.Lane;
import dev.journeymaps.domain.board.LaneKind;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.MapDetails;
import dev.journeymaps.domain.board.MapType;
import dev.journeymaps.domain.board.ScopeCard;
import dev.journeymaps.domain.history.SnapshotCard;
import dev.journeymaps.store.history.AoAuditLog;
import dev.journeymaps.store.history.AoReviewRepository;
import dev.journeymaps.store.history.AoSnapshotRepository;
import dev.journeymaps.store.stewardship.AoTriageRepository;
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
public final class StewardshipFixture implements AutoCloseable {
    public static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    public static final Actor ALICE = new Actor("alice", "Alice Adams");
    private static final AtomicInteger PROJECTS = new AtomicInteger();

    private final EmbeddedDatabase database;
    public final MovableClock clock = new MovableClock(T0);
    public final AppFixture.Policy policy = new AppFixture.Policy();
    public final MapCatalog catalog;
    public final BoardEditor editor;
    public final Prioritizer prioritizer;
    public final Ownership ownership;
    public final MapReviews reviews;
    public final MapHistory history;
    public final PersonaDirectory personas;

    public StewardshipFixture(Path dataDir) {
        database = EmbeddedDatabase.open(DatabaseConfig.h2File(dataDir));
        Directory directory = new InMemoryStewardship(new DirectoryUser("alice", "alice", "Alice Adams"),
                new DirectoryUser("dana", "dana", "Dana Whitfield"), new DirectoryUser("marco", "marco", "Marco Rossi"));
        AoTriageRepository triage = new AoTriageRepository(database.session());
        AoAuditLog audit = new AoAuditLog(database.session());
        AoSnapshotRepository snapshots = new AoSnapshotRepository(database.session());
        dev.journeymaps.store.work.AoIssueLinks links = new dev.journeymaps.store.work.AoIssueLinks(database.session());
        PriorityReader reader = new PriorityReader(triage, EvidenceSource.none(), LinkedWorkSource.none(), directory);
        catalog = new MapCatalog(database.repository(), database.personas(), policy, directory, clock);
        editor = new BoardEditor(database.repository(), policy, clock);
        personas = new PersonaDirectory(database.personas(), database.repository(), policy);
        prioritizer = new Prioritizer(database.repository(), policy, clock, triage, audit, reader);
        ownership = new Ownership(database.repository(), policy, clock, triage, audit, directory, reader);
        reviews = new MapReviews(database.repository(), policy, clock, new AoReviewRepository(database.session()),
                snapshots, audit, reader, links, triage);
        history = new MapHistory(database.repository(), policy, clock, snapshots, audit, reader, links, triage);
    }

    public static String newProject() {
        return "STW" + PROJECTS.incrementAndGet();
    }

    public MapBoard newMap(String project, String title) {
        return catalog.createMap(ALICE, project, new MapDetails(title, MapType.CURRENT_STATE, ScopeCard.EMPTY, ""));
    }

    /** Adds pain points to the first stage, in order; returns the board afterwards. */
    public MapBoard withPainPoints(MapBoard board, String... texts) {
        Lane pain = board.lanes().stream().filter(l -> l.kind() == LaneKind.PAIN_POINTS).findFirst().orElseThrow();
        for (String text : texts) {
            board = editor.addCard(ALICE, board.map().id(), board.version(), pain.id(), board.stages().get(0).id(), null,
                    new Card.Content(text, "")).board();
        }
        return board(board.map().id());
    }

    public static long cardId(MapBoard board, String text) {
        return board.cards().stream().filter(c -> c.text().equals(text)).findFirst().orElseThrow().id();
    }

    public MapBoard board(long mapId) {
        return catalog.viewMap(ALICE, mapId);
    }

    @Override
    public void close() {
        database.close();
    }

    /** A clock standing still until the test moves it. */
    public static final class MovableClock extends Clock {
        private Instant now;

        public MovableClock(Instant now) {
            this.now = now;
        }

        public void advance(Duration duration) {
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

    public static List<String> texts(List<SnapshotCard> cards) {
        return cards.stream().map(SnapshotCard::text).toList();
    }
}

package dev.journeymaps.store.board;

import dev.journeymaps.app.InMemoryStewardship;
import dev.journeymaps.app.AccessPolicy;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.board.BoardEditor;
import dev.journeymaps.app.board.EvidenceEditor;
import dev.journeymaps.app.board.MapCatalog;
import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.Evidence;
import dev.journeymaps.domain.board.EvidenceType;
import dev.journeymaps.domain.board.LaneKind;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.MapDetails;
import dev.journeymaps.domain.board.MapType;
import dev.journeymaps.domain.board.ScopeCard;
import dev.journeymaps.store.embedded.DatabaseConfig;
import dev.journeymaps.store.embedded.EmbeddedDatabase;
import dev.journeymaps.testing.AllowAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The editor's evidence as linked work reads it: when it last grew, how much, and how it reads in an issue. */
class AoCardEvidenceTest {
    private static final Actor ALICE = new Actor("alice", "Alice");
    private static final Instant ADDED = Instant.parse("2026-11-20T09:30:00Z");
    private static final AccessPolicy EVERYONE = AllowAll.POLICY;

    @TempDir
    Path dir;
    private EmbeddedDatabase database;

    @BeforeEach
    void open() {
        database = EmbeddedDatabase.open(DatabaseConfig.h2File(dir));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void evidenceIsDatedWhenAddedCountedPerCardAndDescribedForAnIssue() {
        Clock clock = Clock.fixed(ADDED, ZoneOffset.UTC);
        MapCatalog catalog = new MapCatalog(database.repository(), database.personas(), EVERYONE, new InMemoryStewardship(), clock);
        BoardEditor editor = new BoardEditor(database.repository(), EVERYONE, clock);
        EvidenceEditor evidence = new EvidenceEditor(database.repository(), EVERYONE, clock);
        MapBoard board = catalog.createMap(ALICE, "EVI", new MapDetails("Checkout", MapType.CURRENT_STATE, ScopeCard.EMPTY, ""));
        long pain = board.lanes().stream().filter(l -> l.kind() == LaneKind.PAIN_POINTS).findFirst().orElseThrow().id();
        board = editor.addCard(ALICE, board.map().id(), board.version(), pain, board.stages().get(0).id(), null,
                new Card.Content("Coupon field is hidden", "")).board();
        long mapId = board.map().id();
        long cardId = board.cards().get(0).id();
        long unbacked = editor.addCard(ALICE, mapId, board.version(), pain, board.stages().get(1).id(), null,
                new Card.Content("Slow delivery estimates", "")).id();
        board = catalog.viewMap(ALICE, mapId);
        evidence.addEvidence(ALICE, mapId, board.version(), cardId, new Evidence.Content(EvidenceType.ANALYTICS, true, 340,
                "https://analytics.example/funnel", "34% drop at the coupon step", LocalDate.parse("2026-11-02")));

        AoCardEvidence cardEvidence = new AoCardEvidence(database.session());

        assertThat(cardEvidence.latestByCard(List.of(mapId))).containsOnlyKeys(cardId).containsEntry(cardId, ADDED);
        assertThat(cardEvidence.countByCard(List.of(cardId, unbacked))).containsOnlyKeys(cardId).containsEntry(cardId, 1);
        assertThat(cardEvidence.describe(mapId, cardId)).containsExactly("Analytics (quantitative), 340 customers affected, "
                + "2026-11-02: \u201c34% drop at the coupon step\u201d \u2014 https://analytics.example/funnel");
        assertThat(cardEvidence.latestByCard(List.of())).isEmpty();
    }
}

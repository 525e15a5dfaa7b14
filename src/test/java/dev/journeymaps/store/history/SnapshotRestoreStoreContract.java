package dev.journeymaps.store.history;

import dev.journeymaps.app.Actor;
import dev.journeymaps.app.AppFixture;
import dev.journeymaps.app.ConflictException;
import dev.journeymaps.app.DirectoryUser;
import dev.journeymaps.app.InMemoryStewardship;
import dev.journeymaps.app.board.MapRepository;
import dev.journeymaps.app.history.MapHistory;
import dev.journeymaps.app.stewardship.EvidenceSource;
import dev.journeymaps.app.stewardship.LinkedWorkSource;
import dev.journeymaps.app.stewardship.PriorityReader;
import dev.journeymaps.domain.AuditEntry;
import dev.journeymaps.domain.ValidationException;
import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.Channel;
import dev.journeymaps.domain.board.Evidence;
import dev.journeymaps.domain.board.EvidenceType;
import dev.journeymaps.domain.board.Lane;
import dev.journeymaps.domain.board.LaneKind;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.MapDetails;
import dev.journeymaps.domain.board.MapTemplate;
import dev.journeymaps.domain.board.MapType;
import dev.journeymaps.domain.board.ScopeCard;
import dev.journeymaps.domain.board.Stage;
import dev.journeymaps.domain.history.Snapshot;
import dev.journeymaps.domain.stewardship.CardTriage;
import dev.journeymaps.domain.work.IssueLink;
import dev.journeymaps.store.embedded.EmbeddedDatabase;
import dev.journeymaps.store.stewardship.AoTriageRepository;
import dev.journeymaps.store.work.AoIssueLinks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Restoring a snapshot on Active Objects, run against each database: the map gets back exactly the snapshot's stages,
 * lanes (hidden ones hidden), cards with all their content, evidence, links, scores and owners, as one audited version
 * after a safety snapshot; old-format snapshots and stale versions are refused and change nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SnapshotRestoreStoreContract {
    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");
    private static final Actor ALICE = new Actor("alice", "Alice Adams");

    private EmbeddedDatabase database;
    private MapRepository maps;
    private AoTriageRepository triage;
    private AoIssueLinks links;
    private AoSnapshotRepository snapshots;
    private AoAuditLog audit;
    private MapHistory history;

    protected abstract EmbeddedDatabase open() throws Exception;

    protected void shutDown() throws Exception {
    }

    @BeforeAll
    void openDatabase() throws Exception {
        database = open();
        maps = database.repository();
        triage = new AoTriageRepository(database.session());
        links = new AoIssueLinks(database.session());
        snapshots = new AoSnapshotRepository(database.session());
        audit = new AoAuditLog(database.session());
        PriorityReader reader = new PriorityReader(triage, EvidenceSource.onBoard(), LinkedWorkSource.none(),
                new InMemoryStewardship(new DirectoryUser("alice", "alice", "Alice Adams")));
        history = new MapHistory(maps, new AppFixture.Policy(), Clock.fixed(T0, ZoneOffset.UTC), snapshots, audit, reader,
                links, triage);
    }

    @AfterAll
    void closeDatabase() throws Exception {
        database.close();
        shutDown();
    }

    /** A map with an extra stage, a hidden empty lane, and cards carrying every kind of content and what hangs on them. */
    private MapBoard richMap() {
        long mapId = maps.createMap("RST", new MapDetails("Restore me", MapType.CURRENT_STATE, ScopeCard.EMPTY, "alice"),
                MapTemplate.of(MapType.CURRENT_STATE), "alice", T0).id();
        MapBoard board = board(mapId);
        maps.change(mapId, board.version(), "alice", T0, writer -> {
            long stage = writer.insertStage("Renewal", board.stages().size());
            long hidden = writer.insertLane(LaneKind.CUSTOM, "Back office", board.lanes().size());
            writer.updateLane(new Lane(hidden, mapId, LaneKind.CUSTOM, "Back office", board.lanes().size(), true));
            Lane pain = board.lanes().stream().filter(l -> l.kind() == LaneKind.PAIN_POINTS).findFirst().orElseThrow();
            long first = writer.insertCard(pain.id(), stage, 0, new Card.Content("Slow refunds", "Takes 14 days", -2, Channel.PHONE));
            long second = writer.insertCard(pain.id(), stage, 1, new Card.Content("Lost receipts", "", null, Channel.EMAIL));
            writer.insertCard(board.lanes().get(0).id(), board.stages().get(0).id(), 0,
                    new Card.Content("Opens the app", "daily", 2, Channel.MOBILE_APP));
            writer.insertEvidence(first, new Evidence.Content(EvidenceType.INTERVIEW, false, 12, "https://example.com/i/1",
                    "It took forever", LocalDate.of(2026, 10, 1), true));
            writer.insertEvidence(first, new Evidence.Content(EvidenceType.ANALYTICS, true, 400, "", "", null, false));
            links.add(new IssueLink(mapId, first, 10001, "RST-1", "alice", T0));
            triage.saveTriage(mapId, new CardTriage(first, "dana", new CardTriage.Scores(4, 2, 120, 0.5, 1.5)));
            triage.saveTriage(mapId, new CardTriage(second, "", new CardTriage.Scores(3, null, null, null, null)));
            return null;
        });
        return board(mapId);
    }

    private MapBoard board(long mapId) {
        return maps.loadBoard(mapId).orElseThrow();
    }

    /** Everything a restore must bring back, by name and place (restored rows have new ids). */
    private List<String> picture(MapBoard board) {
        long mapId = board.map().id();
        Map<Long, List<String>> linked = links.ofMap(mapId).stream().collect(Collectors.groupingBy(IssueLink::cardId,
                Collectors.mapping(l -> l.issueId() + "/" + l.issueKey(), Collectors.toList())));
        Map<Long, CardTriage> triaged = triage.triage(mapId);
        List<String> lines = new java.util.ArrayList<>();
        board.stages().stream().sorted(Comparator.comparingInt(Stage::position)).forEach(s -> lines.add("stage " + s.position() + " " + s.name()));
        board.lanes().stream().sorted(Comparator.comparingInt(Lane::position))
                .forEach(l -> lines.add("lane " + l.position() + " " + l.kind() + " " + l.title() + " hidden=" + l.hidden()));
        for (Card card : board.cards()) {
            CardTriage t = triaged.get(card.id());
            lines.add("card " + board.lane(card.laneId()).orElseThrow().title() + " × " + board.stage(card.stageId()).orElseThrow().name()
                    + " #" + card.position() + " " + card.content() + " evidence=" + board.evidenceFor(card.id()).stream()
                    .map(Evidence::content).map(Object::toString).sorted().toList() + " links=" + linked.getOrDefault(card.id(), List.of())
                    + " triage=" + (t == null ? "none" : t.ownerKey() + " " + t.scores()));
        }
        lines.sort(Comparator.naturalOrder());
        return lines;
    }

    @Test
    void restoreBringsBackTheSnapshotsBoardAsOneAuditedVersionAfterASafetySnapshot() {
        MapBoard rich = richMap();
        long mapId = rich.map().id();
        List<String> then = picture(rich);
        assertThat(then).anyMatch(line -> line.contains("hidden=true")).anyMatch(line -> line.contains("RST-1"))
                .anyMatch(line -> line.contains("assumption=true")).anyMatch(line -> line.contains("PHONE"));
        Snapshot snapshot = history.takeSnapshot(ALICE, mapId, rich.version(), "Before the workshop");

        // The map moves on: a stage (and its cards) goes, a card is edited and loses its owner, a new card comes.
        MapBoard now = board(mapId);
        Stage renew = now.stages().stream().filter(s -> s.name().equals("Renewal")).findFirst().orElseThrow();
        Card opens = now.cards().stream().filter(c -> c.text().equals("Opens the app")).findFirst().orElseThrow();
        maps.change(mapId, now.version(), "alice", T0, writer -> {
            writer.deleteStage(renew.id());
            writer.updateCard(new Card(opens.id(), mapId, opens.laneId(), opens.stageId(), 0, "Opens the website", "", null, Channel.WEB));
            writer.insertCard(opens.laneId(), opens.stageId(), 1, new Card.Content("New idea", "", null, null));
            return null;
        });
        MapBoard changed = board(mapId);
        List<String> changedPicture = picture(changed);
        assertThat(changedPicture).isNotEqualTo(then);
        int auditLines = audit.entries(mapId).size();

        Snapshot safety = history.restore(ALICE, mapId, changed.version(), snapshot.id());

        MapBoard restored = board(mapId);
        assertThat(picture(restored)).isEqualTo(then);
        assertThat(restored.version()).isEqualTo(changed.version() + 1);
        List<AuditEntry> entries = audit.entries(mapId);
        assertThat(entries).hasSize(auditLines + 1);
        AuditEntry line = entries.stream().max(Comparator.comparingLong(AuditEntry::version)).orElseThrow();
        assertThat(line.action()).isEqualTo("map.restored");
        assertThat(line.version()).isEqualTo(restored.version());
        assertThat(line.summary()).startsWith("Restored snapshot 'Before the workshop'");
        // The map as it was before the restore is kept, whole, and restoring it brings that back.
        assertThat(safety.label()).isEqualTo("Before restoring 'Before the workshop'");
        assertThat(safety.mapVersion()).isEqualTo(changed.version());
        assertThat(history.snapshot(ALICE, mapId, safety.id()).restorable()).isTrue();
        history.restore(ALICE, mapId, restored.version(), safety.id());
        assertThat(picture(board(mapId))).isEqualTo(changedPicture);
    }

    @Test
    void aSnapshotOfTheOldFormatIsRefusedAndNothingChanges() {
        MapBoard rich = richMap();
        long mapId = rich.map().id();
        // As snapshots were stored before format 2: the diff view only.
        var content = history.snapshot(ALICE, mapId, history.takeSnapshot(ALICE, mapId, rich.version(), "x").id()).content();
        long v = board(mapId).version();
        long oldId = maps.change(mapId, v, "alice", T0, writer -> snapshots.saveSnapshot(mapId, v, T0, "alice", "Old", content));
        assertThat(history.snapshot(ALICE, mapId, oldId).restorable()).isFalse();
        MapBoard before = board(mapId);
        int snapshotCount = snapshots.snapshots(mapId).size();
        int auditLines = audit.entries(mapId).size();

        assertThatThrownBy(() -> history.restore(ALICE, mapId, before.version(), oldId))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("taken before snapshots kept evidence, channels, empty lanes and hidden lanes");
        assertThatThrownBy(() -> history.restorePreview(ALICE, mapId, oldId)).isInstanceOf(ValidationException.class);

        assertThat(board(mapId).version()).isEqualTo(before.version());
        assertThat(picture(board(mapId))).isEqualTo(picture(before));
        assertThat(snapshots.snapshots(mapId)).hasSize(snapshotCount);
        assertThat(audit.entries(mapId)).hasSize(auditLines);
    }

    @Test
    void aStaleVersionIsAConflictAndNothingChanges() {
        MapBoard rich = richMap();
        long mapId = rich.map().id();
        Snapshot snapshot = history.takeSnapshot(ALICE, mapId, rich.version(), "Then");
        MapBoard now = board(mapId);
        maps.change(mapId, now.version(), "bob", T0, writer -> {
            writer.deleteStage(now.stages().get(0).id());
            return null;
        });
        MapBoard before = board(mapId);
        int snapshotCount = snapshots.snapshots(mapId).size();
        int auditLines = audit.entries(mapId).size();

        assertThatThrownBy(() -> history.restore(ALICE, mapId, now.version(), snapshot.id())).isInstanceOf(ConflictException.class);

        assertThat(board(mapId).version()).isEqualTo(before.version());
        assertThat(picture(board(mapId))).isEqualTo(picture(before));
        assertThat(snapshots.snapshots(mapId)).hasSize(snapshotCount);
        assertThat(audit.entries(mapId)).hasSize(auditLines);
    }

    @Test
    void thePreviewCountsWhatTheRestoreWouldChange() {
        MapBoard rich = richMap();
        long mapId = rich.map().id();
        Snapshot snapshot = history.takeSnapshot(ALICE, mapId, rich.version(), "Then");
        MapBoard now = board(mapId);
        Stage renew = now.stages().stream().filter(s -> s.name().equals("Renewal")).findFirst().orElseThrow();
        maps.change(mapId, now.version(), "alice", T0, writer -> {
            writer.deleteStage(renew.id());
            writer.insertLane(LaneKind.CUSTOM, "Ideas", now.lanes().size());
            return null;
        });
        var preview = history.restorePreview(ALICE, mapId, snapshot.id());
        assertThat(preview.version()).isEqualTo(now.version() + 1);
        assertThat(preview.stagesAdded()).isEqualTo(1);
        assertThat(preview.stagesRemoved()).isZero();
        assertThat(preview.lanesAdded()).isZero();
        assertThat(preview.lanesRemoved()).isEqualTo(1);
        assertThat(preview.cardsAdded()).isEqualTo(2);
        assertThat(preview.cardsRemoved()).isZero();
    }
}

package dev.journeymaps.app.history;

import dev.journeymaps.app.AuditTrail;
import dev.journeymaps.app.board.BoardAudit;
import dev.journeymaps.app.board.MapWriter;
import dev.journeymaps.domain.AuditEntry;
import dev.journeymaps.domain.ValidationException;
import dev.journeymaps.domain.board.Lane;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.Stage;
import dev.journeymaps.domain.history.Snapshot;
import dev.journeymaps.domain.history.SnapshotBoard;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps the whole board in a snapshot (format 2) and puts a snapshot's board back into the map, inside one versioned
 * change: every stage and lane of the map goes (their cards with their evidence, links, scores, owners and comments,
 * as a stage delete takes them), then the snapshot's stages, lanes (hidden ones hidden) and cards go back with all of
 * theirs. Restored rows get new ids. The map's title and scope are not part of a restore.
 */
final class SnapshotRestore {
    static final String OLD_FORMAT = "This snapshot was taken before snapshots kept evidence, channels, empty lanes and "
            + "hidden lanes; restoring it would lose them. Compare with it instead, or take a new snapshot to restore later.";

    private final CardRestore cards;
    private final AuditTrail audit;

    SnapshotRestore(CardRestore cards, AuditTrail audit) {
        this.cards = cards;
        this.audit = audit;
    }

    /** The board with every card's evidence, links and triage (the map's links and triage read once each). */
    SnapshotBoard capture(MapBoard board) {
        return new SnapshotBoard(board.stages(), board.lanes(), cards.captureAll(board, card -> true));
    }

    /** 400 for a snapshot of format 1: restoring it would silently drop what it did not keep. */
    static SnapshotBoard restorable(Snapshot snapshot) {
        if (!snapshot.restorable()) {
            throw ValidationException.general(OLD_FORMAT);
        }
        return snapshot.board();
    }

    /** What the safety snapshot taken before restoring {@code snapshot} is called (cut to the label's limit). */
    static String safetyLabel(String name) {
        String label = "Before restoring " + BoardAudit.quote(name);
        return label.length() > Snapshot.LABEL_MAX ? label.substring(0, Snapshot.LABEL_MAX - 1) + "…" : label;
    }

    /** Inside the restore's change: the map's board replaced by the snapshot's, and the history line. */
    void replace(MapWriter writer, MapBoard board, SnapshotBoard saved, String name, String safetyLabel, String by, Instant now) {
        long mapId = board.map().id();
        board.stages().forEach(stage -> writer.deleteStage(stage.id()));
        board.lanes().forEach(lane -> writer.deleteLane(lane.id()));
        Map<Long, Long> stages = new HashMap<>();
        int place = 0;
        for (Stage stage : saved.stages().stream().sorted(Comparator.comparingInt(Stage::position)).toList()) {
            stages.put(stage.id(), writer.insertStage(stage.name(), place++));
        }
        Map<Long, Long> lanes = new HashMap<>();
        place = 0;
        for (Lane lane : saved.lanes().stream().sorted(Comparator.comparingInt(Lane::position)).toList()) {
            long id = writer.insertLane(lane.kind(), lane.title(), place);
            if (lane.hidden()) {
                writer.updateLane(new Lane(id, mapId, lane.kind(), lane.title(), place, true));
            }
            lanes.put(lane.id(), id);
            place++;
        }
        cards.putBackAll(writer, mapId, saved.cards(), lanes, stages, by, now);
        if (audit != null) {
            audit.append(new AuditEntry(mapId, board.version() + 1, now, by, "map.restored", board.map().title(),
                    "Restored snapshot " + BoardAudit.quote(name) + ": " + counts(saved)
                            + "; the map before is kept as snapshot " + BoardAudit.quote(safetyLabel), null));
        }
    }

    private static String counts(SnapshotBoard saved) {
        return plural(saved.stages().size(), "stage") + ", " + plural(saved.lanes().size(), "lane") + ", "
                + plural(saved.cards().size(), "card");
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}

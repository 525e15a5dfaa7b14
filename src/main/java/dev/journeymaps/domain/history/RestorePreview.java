package dev.journeymaps.domain.history;

import dev.journeymaps.domain.board.Lane;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.Stage;

import java.util.ArrayList;
import java.util.List;

/**
 * What restoring a snapshot would change in the map as it is now ({@code version}): stages and lanes that come back
 * (added) or go (removed), matched by name (lanes by kind and title), and cards added, removed or changed, matched by
 * content ({@link BoardDiff#byContent}) so that cards restored before (with new ids) still match.
 */
public record RestorePreview(long snapshotId, String label, long version, int stagesAdded, int stagesRemoved,
                             int lanesAdded, int lanesRemoved, int cardsAdded, int cardsRemoved, int cardsChanged) {

    /** From the map now to the snapshot's board. */
    public static RestorePreview of(MapBoard now, SnapshotContent nowContent, Snapshot snapshot) {
        SnapshotBoard then = snapshot.board();
        List<String> stagesNow = now.stages().stream().map(Stage::name).toList();
        List<String> stagesThen = then.stages().stream().map(Stage::name).toList();
        List<String> lanesNow = now.lanes().stream().map(RestorePreview::lane).toList();
        List<String> lanesThen = then.lanes().stream().map(RestorePreview::lane).toList();
        BoardDiff cards = BoardDiff.byContent(nowContent, snapshot.content());
        return new RestorePreview(snapshot.id(), snapshot.label(), now.version(), missing(stagesThen, stagesNow),
                missing(stagesNow, stagesThen), missing(lanesThen, lanesNow), missing(lanesNow, lanesThen),
                cards.added().size(), cards.removed().size(), cards.changed().size());
    }

    /** How many of {@code in} are not in {@code from}, counting repeated names. */
    private static int missing(List<String> in, List<String> from) {
        List<String> left = new ArrayList<>(from);
        int missing = 0;
        for (String name : in) {
            if (!left.remove(name)) {
                missing++;
            }
        }
        return missing;
    }

    private static String lane(Lane lane) {
        return lane.kind().key() + "/" + lane.title();
    }
}

package dev.journeymaps.store.history;

import dev.journeymaps.domain.board.Lane;
import dev.journeymaps.domain.board.LaneKind;
import dev.journeymaps.domain.board.Stage;
import dev.journeymaps.domain.history.SnapshotBoard;

import java.util.List;

/**
 * The {@code board} of a format-2 snapshot's JSON: plain rows (the same rows an undo entry keeps for cards), so later
 * changes to the domain records keep stored snapshots readable.
 */
record SnapshotPayload(List<UndoPayload.StageRow> stages, List<UndoPayload.LaneRow> lanes, List<UndoPayload.DeletedRow> cards) {

    SnapshotPayload {
        stages = stages == null ? List.of() : stages;
        lanes = lanes == null ? List.of() : lanes;
        cards = cards == null ? List.of() : cards;
    }

    static SnapshotPayload of(SnapshotBoard board) {
        return new SnapshotPayload(
                board.stages().stream().map(s -> new UndoPayload.StageRow(s.id(), s.name(), s.position())).toList(),
                board.lanes().stream().map(l -> new UndoPayload.LaneRow(l.id(), l.kind().key(), l.title(), l.position(), l.hidden())).toList(),
                board.cards().stream().map(UndoPayload::row).toList());
    }

    SnapshotBoard toBoard(long mapId) {
        return new SnapshotBoard(
                stages.stream().map(s -> new Stage(s.id(), mapId, s.name(), s.position())).toList(),
                lanes.stream().map(l -> new Lane(l.id(), mapId, LaneKind.fromKey(l.kind()), l.title(), l.position(), l.hidden())).toList(),
                cards.stream().map(row -> UndoPayload.deleted(mapId, row)).toList());
    }
}

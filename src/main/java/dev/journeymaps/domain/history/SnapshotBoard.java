package dev.journeymaps.domain.history;

import dev.journeymaps.domain.board.Lane;
import dev.journeymaps.domain.board.Stage;

import java.util.List;

/**
 * The whole board as a snapshot of format {@link #FORMAT} keeps it, enough to put the map back as it was: its stages,
 * its lanes (kind, title, place, hidden or not, empty ones too), and every card with all its content (text, details,
 * emotion, channel), its evidence (with the assumption flag), the issues it links to and its scores and owner. Stage,
 * lane and card ids are those of the map when the snapshot was taken: they tie cards to their cells inside the payload.
 * Snapshots taken before this existed (format 1) have only a {@link SnapshotContent} and cannot be restored.
 */
public record SnapshotBoard(List<Stage> stages, List<Lane> lanes, List<Undoable.DeletedCard> cards) {
    /** The format of a snapshot that keeps its board; format 1 kept only the diff view ({@link SnapshotContent}). */
    public static final int FORMAT = 2;

    public SnapshotBoard {
        stages = List.copyOf(stages);
        lanes = List.copyOf(lanes);
        cards = List.copyOf(cards);
    }
}

package dev.journeymaps.app.history;

import dev.journeymaps.domain.history.Undoable;

import java.util.Optional;

/**
 * Port: the changes that may be undone, each kept with what undoing it needs (the deleted rows, the place a
 * card came from). Entries are kept until the map is deleted; only the map's latest change can be undone.
 */
public interface UndoLog {

    void record(Undoable change);

    /** The map's newest change that was recorded and not undone yet. */
    Optional<Undoable> latest(long mapId);

    /** Marks the change undone, so it is never restored twice. */
    void markUndone(long id);
}

package dev.journeymaps.app.board;

import dev.journeymaps.app.Actor;
import dev.journeymaps.app.NotFoundException;
import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.Lane;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.Stage;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.LongFunction;

/**
 * How the board's use cases write: one versioned change, then only the part the answer needs read back, at the
 * version the change committed. And the look-ups that turn an id not on the map into 404.
 */
final class Edits {
    private final MapRepository repository;
    private final MapAccess access;
    private final Clock clock;
    private final BoardAudit audit;

    Edits(MapRepository repository, MapAccess access, Clock clock, BoardAudit audit) {
        this.repository = repository;
        this.access = access;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Runs the edit as one versioned change with its audit {@code line} in the same transaction; returns the
     * {@code result} part as written, at the committed version.
     */
    MapBoard write(Actor actor, MapBoard board, BoardAudit.Line line, BoardPart result, Consumer<MapWriter> edit) {
        Instant now = clock.instant();
        repository.change(board.map().id(), board.version(), actor.userKey(), now, writer -> {
            edit.accept(writer);
            audit.append(board.map().id(), board.version() + 1, now, actor.userKey(), line);
            return null;
        });
        return access.written(board.map().id(), result, board.version() + 1, now);
    }

    Added add(Actor actor, MapBoard board, BoardAudit.Line line, LongFunction<BoardPart> result,
              MapRepository.MapChange<Long> insert) {
        Instant now = clock.instant();
        long id = repository.change(board.map().id(), board.version(), actor.userKey(), now, writer -> {
            long added = insert.apply(writer);
            audit.append(board.map().id(), board.version() + 1, now, actor.userKey(), line.added(added));
            return added;
        });
        return new Added(id, access.written(board.map().id(), result.apply(id), board.version() + 1, now));
    }

    static Stage requireStage(MapBoard board, long stageId) {
        return board.stage(stageId).orElseThrow(() -> notPart("Stage", stageId, board));
    }

    static Lane requireLane(MapBoard board, long laneId) {
        return board.lane(laneId).orElseThrow(() -> notPart("Lane", laneId, board));
    }

    static Card requireCard(MapBoard board, long cardId) {
        return board.card(cardId).orElseThrow(() -> notPart("Card", cardId, board));
    }

    private static NotFoundException notPart(String what, long id, MapBoard board) {
        return new NotFoundException(what + " " + id + " is not part of map " + board.map().id() + ".");
    }
}

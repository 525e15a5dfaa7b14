package dev.journeymaps.app.board;

import dev.journeymaps.app.Actor;
import dev.journeymaps.app.ConflictException;
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
     * Runs the edit as one versioned change with its audit {@code line} in the same transaction, applied even if the map
     * moved on since the board's (quoted) version as long as nothing the edit reads ({@code footprint}) changed; returns
     * the {@code result} part as written, at the version the change committed.
     */
    MapBoard write(Actor actor, MapBoard board, BoardAudit.Line line, Footprint footprint, BoardPart result,
                   Consumer<MapWriter> edit) {
        Instant now = clock.instant();
        long committed = change(actor, board, footprint, now, writer -> {
            edit.accept(writer);
            audit.append(board.map().id(), writer.version(), now, actor.userKey(), line);
            return writer.version();
        });
        return access.written(board.map().id(), result, committed, now);
    }

    Added add(Actor actor, MapBoard board, BoardAudit.Line line, Footprint footprint, LongFunction<BoardPart> result,
              MapRepository.MapChange<Long> insert) {
        Instant now = clock.instant();
        long[] committed = new long[1];
        long id = change(actor, board, footprint, now, writer -> {
            long added = insert.apply(writer);
            audit.append(board.map().id(), writer.version(), now, actor.userKey(), line.added(added));
            committed[0] = writer.version();
            return added;
        });
        return new Added(id, access.written(board.map().id(), result.apply(id), committed[0], now));
    }

    private <T> T change(Actor actor, MapBoard board, Footprint footprint, Instant now, MapRepository.MapChange<T> change) {
        try {
            return repository.change(board.map().id(), board.version(), footprint, actor.userKey(), now, change);
        } catch (ConflictException e) {
            throw access.named(Footprint.named(e, board), actor);
        }
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

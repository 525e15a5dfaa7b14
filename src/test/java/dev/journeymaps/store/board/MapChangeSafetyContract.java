package dev.journeymaps.store.board;

import dev.journeymaps.app.ConflictException;
import dev.journeymaps.app.board.MapRepository;
import dev.journeymaps.app.NotFoundException;
import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.MapDetails;
import dev.journeymaps.domain.board.MapType;
import dev.journeymaps.domain.board.ScopeCard;
import dev.journeymaps.domain.board.Stage;
import dev.journeymaps.store.SqlFailures;
import dev.journeymaps.store.StoreEntities;
import dev.journeymaps.store.StoreException;
import dev.journeymaps.store.embedded.EmbeddedDatabase;
import net.java.ao.Query;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What keeps concurrent and failing writes safe in every {@link MapRepository} on Active Objects: versions quoted
 * by every change, a whole change or nothing, no reach into another map, an author for every revision.
 */
public abstract class MapChangeSafetyContract extends MapStoreContract {
    @Test
    void aChangeCannotTouchRowsOfAnotherMap() {
        MapBoard mine = board(create(newProject(), MapType.CURRENT_STATE, "Mine").id());
        MapBoard theirs = board(create(newProject(), MapType.CURRENT_STATE, "Theirs").id());
        long[] card = new long[1];
        change(theirs, writer -> card[0] = writer.insertCard(theirs.lanes().get(0).id(), theirs.stages().get(0).id(), 0,
                new Card.Content("Theirs", "")));
        Stage theirStage = theirs.stages().get(0);

        assertThatThrownBy(() -> change(mine, writer -> {
            writer.updateStage(new Stage(theirStage.id(), mine.map().id(), "Hijacked", 0));
            return null;
        })).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> change(mine, writer -> {
            writer.deleteCard(card[0]);
            return null;
        })).isInstanceOf(NotFoundException.class);

        assertThat(board(theirs.map().id()).stages().get(0).name()).isEqualTo(theirStage.name());
        assertThat(board(theirs.map().id()).cards()).hasSize(1);
        assertThat(board(mine.map().id()).version()).isEqualTo(1);
    }

    @Test
    void aChangeQuotingAStaleVersionIsAConflictAndAppliesNothing() {
        MapBoard board = board(create(newProject(), MapType.CURRENT_STATE, "Stale").id());
        change(board, writer -> writer.insertStage("Extra", 6));

        assertThatThrownBy(() -> change(board, writer -> writer.insertStage("Lost", 7)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.currentVersion()).isEqualTo(2));

        MapBoard after = board(board.map().id());
        assertThat(after.version()).isEqualTo(2);
        assertThat(after.stages()).extracting(Stage::name).contains("Extra").doesNotContain("Lost");
    }

    @Test
    void aChangeThatFailsRollsBackEverythingAndKeepsTheVersion() {
        MapBoard board = board(create(newProject(), MapType.CURRENT_STATE, "Rollback").id());
        long lane = board.lanes().get(0).id();
        long stage = board.stages().get(0).id();

        assertThatThrownBy(() -> change(board, writer -> {
            writer.updateMap(new MapDetails("Renamed", MapType.FUTURE_STATE, ScopeCard.EMPTY, "x"));
            long added = writer.insertStage("Half-done", 6);
            writer.insertCard(lane, added, 0, new Card.Content("Orphan", ""));
            writer.deleteStage(stage);
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        MapBoard after = board(board.map().id());
        assertThat(after).isEqualTo(board);
        // The rolled-back claim of version 2 is gone too: the next writer can still take it.
        change(board, writer -> writer.insertStage("Retry", 6));
        assertThat(board(board.map().id()).version()).isEqualTo(2);
    }

    /**
     * Only a lost race is a conflict (409 upstream): the database's own NOT NULL failure is not, so bad input that
     * slipped past validation is a server error, never "someone else changed the map".
     */
    @Test
    void aNotNullViolationIsNotAConflictButATakenVersionIs() throws Exception {
        MapBoard board = board(create(newProject(), MapType.CURRENT_STATE, "Constrained").id());
        String prefix = EmbeddedDatabase.tablePrefix(StoreEntities.NAMESPACE);

        SQLException nameless = refused("INSERT INTO \"" + prefix + "STAGE\" (\"MAP_ID\", \"NAME\", \"POSITION\") VALUES (?, NULL, 6)",
                board.map().id());
        SQLException taken = refused("INSERT INTO \"" + prefix + "MAP_REVISION\" (\"REVISION_KEY\", \"MAP_ID\", \"VERSION\", \"CREATED_AT\") VALUES (?, ?, 1, ?)",
                board.map().id() + ":1", board.map().id(), java.sql.Timestamp.from(T0));

        assertThat(nameless.getSQLState()).isEqualTo("23502");
        assertThat(SqlFailures.isConflict(new StoreException("wrapped", nameless))).isFalse();
        assertThat(taken.getSQLState()).isEqualTo("23505");
        assertThat(SqlFailures.isConflict(new StoreException("wrapped", taken))).isTrue();
        assertThat(board(board.map().id())).isEqualTo(board);
    }

    private SQLException refused(String sql, Object... parameters) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            return e;
        }
        throw new AssertionError("The database accepted " + sql);
    }

    @Test
    void everyChangeLeavesARevisionRowWithItsAuthor() {
        MapBoard board = board(create(newProject(), MapType.CURRENT_STATE, "Audited").id());
        change(board, writer -> writer.insertStage("Extra", 6));

        MapRevisionEntity[] revisions = database.session().find(MapRevisionEntity.class,
                Query.select().where(MapRevisionEntity.MAP_ID + " = ?", board.map().id()));
        assertThat(revisions).extracting(MapRevisionEntity::getVersion, MapRevisionEntity::getAuthorKey, MapRevisionEntity::getRevisionKey)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(1L, "alice", board.map().id() + ":1"),
                        org.assertj.core.groups.Tuple.tuple(2L, "bob", board.map().id() + ":2"));
    }

    @Test
    void ofTwoConcurrentWritersQuotingTheSameVersionExactlyOneWins() throws Exception {
        MapBoard board = board(create(newProject(), MapType.CURRENT_STATE, "Contested").id());
        long lane = board.lanes().get(0).id();
        long stage = board.stages().get(0).id();
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> writers = List.of("A", "B").stream().map(name -> threads.submit(() -> {
                ready.countDown();
                go.await();
                try {
                    repository.change(board.map().id(), 1, name, T0, writer -> {
                        writer.insertStage("Stage " + name, 6);
                        writer.insertCard(lane, stage, 0, new Card.Content("Card " + name, ""));
                        pause(); // hold the claim while the other writer reads version 1 and tries to claim it
                        return null;
                    });
                    return "won:" + name;
                } catch (ConflictException e) {
                    return "conflict:" + e.currentVersion();
                }
            })).toList();
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<String> outcomes = List.of(writers.get(0).get(30, TimeUnit.SECONDS), writers.get(1).get(30, TimeUnit.SECONDS));

            assertThat(outcomes).filteredOn(o -> o.startsWith("won:")).hasSize(1);
            assertThat(outcomes).filteredOn(o -> o.startsWith("conflict:")).containsExactly("conflict:2");
            String winner = outcomes.stream().filter(o -> o.startsWith("won:")).findFirst().orElseThrow().substring(4);
            MapBoard after = board(board.map().id());
            assertThat(after.version()).isEqualTo(2);
            assertThat(after.stages()).extracting(Stage::name).contains("Stage " + winner).hasSize(7);
            assertThat(after.cards()).extracting(Card::text).containsExactly("Card " + winner);
        } finally {
            threads.shutdownNow();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

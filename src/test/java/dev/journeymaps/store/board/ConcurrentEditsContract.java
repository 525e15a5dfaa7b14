package dev.journeymaps.store.board;

import dev.journeymaps.app.Actor;
import dev.journeymaps.app.ConflictException;
import dev.journeymaps.app.board.BoardEditor;
import dev.journeymaps.app.board.CardWriter;
import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.MapType;
import dev.journeymaps.testing.AllowAll;
import net.java.ao.Query;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Conflicts only where there is one (issue 15), on a real database through the board's use cases: writes quoting the
 * same older version succeed when they touch different cards, the second of two on one card gets a 409 that names what
 * changed and by whom with nothing applied, and card positions stay 0…n-1 per cell under concurrent moves.
 */
public abstract class ConcurrentEditsContract extends MapStoreContract {
    private static final Actor ALICE = new Actor("alice", "Alice Smith");
    private static final Actor BOB = new Actor("bob", "Bob Jones");

    private BoardEditor editor;

    @BeforeEach
    void editor() {
        editor = new BoardEditor(repository, AllowAll.POLICY, Clock.fixed(T0, ZoneOffset.UTC));
    }

    @Test
    void twoWritersQuotingTheSameVersionOnDifferentCardsBothSucceed() {
        MapBoard board = withCards(2);
        long quoted = board.version();
        long first = board.cards().get(0).id();
        long second = board.cards().get(1).id();

        MapBoard a = editor.editCard(ALICE, board.map().id(), quoted, first, new Card.Content("Slow refunds", ""));
        MapBoard b = editor.editCard(BOB, board.map().id(), quoted, second, new Card.Content("Hidden fees", ""));

        assertThat(a.version()).isEqualTo(quoted + 1);
        assertThat(b.version()).isEqualTo(quoted + 2);
        MapBoard after = board(board.map().id());
        assertThat(after.version()).isEqualTo(quoted + 2);
        assertThat(after.card(first).orElseThrow().text()).isEqualTo("Slow refunds");
        assertThat(after.card(second).orElseThrow().text()).isEqualTo("Hidden fees");
        assertThat(touched(board.map().id(), quoted + 1)).isEqualTo("c" + first);
    }

    @Test
    void onTheSameCardTheSecondGetsAConflictNamingWhatChangedAndByWhomAndNothingChanges() {
        MapBoard board = withCards(1);
        long quoted = board.version();
        long card = board.cards().get(0).id();
        editor.editCard(ALICE, board.map().id(), quoted, card, new Card.Content("Slow refunds", ""));
        MapBoard before = board(board.map().id());

        assertThatThrownBy(() -> editor.editCard(BOB, board.map().id(), quoted, card, new Card.Content("Mine", "")))
                .isInstanceOf(ConflictException.class)
                .hasMessageStartingWith("'Slow refunds' was changed by alice at version " + (quoted + 1));

        assertThat(board(board.map().id())).isEqualTo(before);
    }

    @Test
    void editingACardDeletedSinceTheQuotedVersionIsAConflictSayingWhoDeletedIt() {
        MapBoard board = withCards(2);
        long quoted = board.version();
        long gone = board.cards().get(0).id();
        editor.deleteCard(ALICE, board.map().id(), quoted, gone);
        MapBoard before = board(board.map().id());

        assertThatThrownBy(() -> editor.editCard(BOB, board.map().id(), quoted, gone, new Card.Content("Mine", "")))
                .isInstanceOf(ConflictException.class)
                .hasMessageStartingWith("Card " + gone + " was deleted by alice at version " + (quoted + 1));
        assertThat(board(board.map().id())).isEqualTo(before);
        assertThat(before.cards()).extracting(Card::position).containsExactly(0);
    }

    @Test
    void aWholeMapChangeSinceTheQuotedVersionIsAConflictForACardEdit() {
        MapBoard board = withCards(1);
        long quoted = board.version();
        editor.addStage(ALICE, board.map().id(), quoted, "Extra", null);

        assertThatThrownBy(() -> editor.editCard(BOB, board.map().id(), quoted, board.cards().get(0).id(), new Card.Content("Mine", "")))
                .isInstanceOf(ConflictException.class).hasMessageStartingWith("The map was changed by alice");
        assertThat(touched(board.map().id(), quoted + 1)).isEqualTo("*");
    }

    @Test
    void aStrictWriteQuotingAnOlderVersionConflictsWithAnyChangeAndSaysWhichOne() {
        MapBoard board = withCards(1);
        long quoted = board.version();
        editor.editCard(ALICE, board.map().id(), quoted, board.cards().get(0).id(), new Card.Content("Slow refunds", ""));
        MapBoard before = board(board.map().id());

        assertThatThrownBy(() -> editor.addStage(BOB, board.map().id(), quoted, "Extra", null))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.currentVersion()).isEqualTo(quoted + 1))
                .hasMessageStartingWith("The map was changed by alice at version " + (quoted + 1));
        assertThat(board(board.map().id())).isEqualTo(before);
    }

    @Test
    void twoPeopleAddingToOneCellBothSucceedButAnIndexIntoAReorderedCellIsContested() {
        MapBoard board = withCards(0);
        long quoted = board.version();
        long lane = board.lanes().get(0).id();
        long stage = board.stages().get(0).id();

        editor.addCard(ALICE, board.map().id(), quoted, lane, stage, null, new Card.Content("First", ""));
        editor.addCard(BOB, board.map().id(), quoted, lane, stage, null, new Card.Content("Second", ""));
        assertThatThrownBy(() -> editor.addCard(BOB, board.map().id(), quoted, lane, stage, 0, new Card.Content("Top", "")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("The order of the cards in");

        assertThat(board(board.map().id()).cardsIn(lane, stage)).extracting(Card::text, Card::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("First", 0), org.assertj.core.groups.Tuple.tuple("Second", 1));
    }

    @Test
    void twentyParallelWritersOnTwentyCardsAllSucceed() throws Exception {
        MapBoard board = withCards(20);
        long quoted = board.version();
        List<String> outcomes = race(20, i -> () -> edit(board, quoted, board.cards().get(i).id(), "Writer " + i));

        assertThat(outcomes).hasSize(20).allMatch(o -> o.equals("ok"));
        MapBoard after = board(board.map().id());
        assertThat(after.version()).isEqualTo(quoted + 20);
        assertThat(after.cards()).extracting(Card::text)
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, 20).mapToObj(i -> "Writer " + i).toList());
    }

    @Test
    void twentyParallelWritersOnOneCardOneSucceedsAndNineteenConflict() throws Exception {
        MapBoard board = withCards(1);
        long quoted = board.version();
        long card = board.cards().get(0).id();
        List<String> outcomes = race(20, i -> () -> edit(board, quoted, card, "Writer " + i));

        assertThat(outcomes).filteredOn("ok"::equals).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o.startsWith("409")).hasSize(19);
        MapBoard after = board(board.map().id());
        assertThat(after.version()).isEqualTo(quoted + 1);
        assertThat(after.card(card).orElseThrow().text()).startsWith("Writer ");
    }

    @Test
    void cardPositionsInALaneStayAStrictTotalOrderAfter200ConcurrentMoves() throws Exception {
        MapBoard board = withCards(0);
        long mapId = board.map().id();
        long lane = board.lanes().get(0).id();
        List<Long> stages = board.stages().stream().map(s -> s.id()).limit(3).toList();
        for (int i = 0; i < 24; i++) {
            editor.addCard(ALICE, mapId, repository.findMap(mapId).orElseThrow().version(), lane, stages.get(i % 3), null,
                    new Card.Content("Card " + i, ""));
        }
        List<Long> cards = board(mapId).cards().stream().map(Card::id).toList();

        List<String> outcomes = race(8, thread -> () -> {
            Random random = new Random(thread);
            StringBuilder result = new StringBuilder();
            for (int move = 0; move < 25; move++) {
                long version = repository.findMap(mapId).orElseThrow().version();
                try {
                    editor.moveCard(thread % 2 == 0 ? ALICE : BOB, mapId, version, cards.get(random.nextInt(cards.size())),
                            lane, stages.get(random.nextInt(3)), random.nextInt(10));
                    result.append('+');
                } catch (ConflictException e) {
                    result.append('x');
                }
            }
            return result.toString();
        });

        String all = String.join("", outcomes);
        System.out.printf("200 concurrent moves on %s: %d applied, %d conflicts%n", getClass().getSimpleName(),
                all.chars().filter(c -> c == '+').count(), all.chars().filter(c -> c == 'x').count());
        assertThat(all).hasSize(200);
        assertThat(all).contains("+");
        MapBoard after = board(mapId);
        assertThat(after.cards()).hasSize(24);
        for (long stage : stages) {
            assertThat(after.cardsIn(lane, stage)).extracting(Card::position)
                    .as("positions in stage %d", stage)
                    .containsExactlyInAnyOrderElementsOf(IntStream.range(0, after.cardsIn(lane, stage).size()).boxed().toList());
        }
        assertThat(after.version()).isEqualTo(1 + 24 + all.chars().filter(c -> c == '+').count());
        for (long stage : stages) {
            List<CardWriter.Slot> stored = change(board(mapId), writer -> writer.cellOrder(lane, stage));
            assertThat(stored).extracting(CardWriter.Slot::id).as("stored order in stage %d is the order read", stage)
                    .containsExactlyElementsOf(after.cardsIn(lane, stage).stream().map(Card::id).toList());
            assertThat(stored).extracting(CardWriter.Slot::key).as("sort keys in stage %d: strictly increasing, no ties", stage)
                    .isSortedAccordingTo(Integer::compare).doesNotHaveDuplicates();
        }
    }

    private String edit(MapBoard board, long quoted, long cardId, String text) {
        try {
            editor.editCard(BOB, board.map().id(), quoted, cardId, new Card.Content(text, ""));
            return "ok";
        } catch (ConflictException e) {
            return "409 " + e.getMessage();
        }
    }

    /** A map with {@code count} cards spread over the first lane's stages, read back whole. */
    private MapBoard withCards(int count) {
        long mapId = create(newProject(), MapType.CURRENT_STATE, "Together").id();
        MapBoard board = board(mapId);
        long lane = board.lanes().get(0).id();
        for (int i = 0; i < count; i++) {
            editor.addCard(ALICE, mapId, board(mapId).version(), lane, board.stages().get(i % board.stages().size()).id(), null,
                    new Card.Content("Card " + i, ""));
        }
        return board(mapId);
    }

    private List<String> race(int writers, java.util.function.IntFunction<Callable<String>> writer) throws Exception {
        CountDownLatch ready = new CountDownLatch(writers);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(writers);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                Callable<String> work = writer.apply(i);
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return work.call();
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> future : futures) {
                outcomes.add(future.get(300, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }

    private String touched(long mapId, long version) {
        return database.session().find(MapRevisionEntity.class, Query.select()
                .where(MapRevisionEntity.MAP_ID + " = ? AND " + MapRevisionEntity.VERSION + " = ?", mapId, version))[0].getTouched();
    }
}

package dev.journeymaps.store.board;

import dev.journeymaps.app.Actor;
import dev.journeymaps.app.board.BoardEditor;
import dev.journeymaps.app.board.CardWriter;
import dev.journeymaps.domain.Ordering;
import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.MapType;
import dev.journeymaps.testing.AllowAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Card order with sparse sort keys: the store keeps a key per card (ordered by key, then id, within a cell) and hands
 * out ranks 0…n-1. Whatever sequence of adds, moves and deletes — including the rare renumbering when two neighbours
 * leave no room, and rows written with dense or tied keys before keys were sparse — every cell read back is exactly the
 * order a plain list model gives, with ranks 0…n-1, and its stored keys strictly increasing (no ties).
 */
public abstract class CardOrderContract extends MapStoreContract {
    private static final Actor ALICE = new Actor("alice", "Alice Smith");

    private BoardEditor editor;
    private long mapId;
    private long lane;
    private List<Long> stages;

    @BeforeEach
    void map() {
        editor = new BoardEditor(repository, AllowAll.POLICY, Clock.fixed(T0, ZoneOffset.UTC));
        mapId = create(newProject(), MapType.CURRENT_STATE, "Order").id();
        MapBoard board = board(mapId);
        lane = board.lanes().get(0).id();
        stages = board.stages().stream().map(stage -> stage.id()).limit(3).toList();
    }

    @Test
    void insertsAtOneSpotRenumberTheCellWhenThereIsNoRoomAndKeepTheOrder() {
        Map<Long, List<Long>> model = emptyModel();
        long stage = stages.get(0);
        for (int i = 0; i < 40; i++) {
            long id = add(stage, i < 2 ? null : 1, "Card " + i);
            model.put(stage, Ordering.moveTo(model.get(stage), id, i < 2 ? i : 1));
        }
        assertMatches(model);
    }

    @Test
    void randomAddsMovesAndDeletesKeepTheStoredOrderEqualToAListModel() {
        Map<Long, List<Long>> model = emptyModel();
        Random random = new Random(14);
        for (int step = 0; step < 150; step++) {
            long stage = stages.get(random.nextInt(3));
            List<Long> all = model.values().stream().flatMap(List::stream).toList();
            int what = all.size() < 6 ? 0 : random.nextInt(10);
            if (what < 3) {
                int index = random.nextInt(model.get(stage).size() + 2);
                long id = add(stage, index, "Card " + step);
                model.put(stage, Ordering.moveTo(model.get(stage), id, index));
            } else if (what < 9) {
                long card = all.get(random.nextInt(all.size()));
                int index = random.nextInt(model.get(stage).size() + 1);
                editor.moveCard(ALICE, mapId, version(), card, lane, stage, index);
                model.replaceAll((cell, ids) -> Ordering.without(ids, card));
                model.put(stage, Ordering.moveTo(model.get(stage), card, index));
            } else {
                long card = all.get(random.nextInt(all.size()));
                editor.deleteCard(ALICE, mapId, version(), card);
                model.replaceAll((cell, ids) -> Ordering.without(ids, card));
            }
            if (step % 25 == 0) {
                assertMatches(model);
            }
        }
        assertMatches(model);
    }

    @Test
    void denseAndTiedKeysFromBeforeSparseOrderingAreValidAndAMoveBetweenThemRenumbersTheCell() {
        long stage = stages.get(1);
        long[] ids = new long[5];
        change(board(mapId), writer -> {
            for (int i = 0; i < 4; i++) {
                ids[i] = writer.insertCard(lane, stage, i, new Card.Content("Dense " + i, ""));
            }
            ids[4] = writer.insertCard(lane, stage, 3, new Card.Content("Tied with 3", ""));
            return null;
        });
        Map<Long, List<Long>> model = emptyModel();
        model.put(stage, List.of(ids[0], ids[1], ids[2], ids[3], ids[4]));
        assertThat(board(mapId).cardsIn(lane, stage)).extracting(Card::id).containsExactlyElementsOf(model.get(stage));

        editor.moveCard(ALICE, mapId, version(), ids[4], lane, stage, 1);
        model.put(stage, Ordering.moveTo(model.get(stage), ids[4], 1));
        assertMatches(model);
        editor.moveCard(ALICE, mapId, version(), ids[0], lane, stage, 3);
        model.put(stage, Ordering.moveTo(model.get(stage), ids[0], 3));
        assertMatches(model);
    }

    @Test
    void aMoveIntoACellWithRoomWritesOnlyTheMovedCardsKey() {
        long stage = stages.get(2);
        for (int i = 0; i < 5; i++) {
            add(stage, null, "Card " + i);
        }
        List<CardWriter.Slot> before = stored(stage);
        long moved = before.get(4).id();
        editor.moveCard(ALICE, mapId, version(), moved, lane, stage, 1);

        List<CardWriter.Slot> after = stored(stage);
        assertThat(after).extracting(CardWriter.Slot::id)
                .containsExactly(before.get(0).id(), moved, before.get(1).id(), before.get(2).id(), before.get(3).id());
        assertThat(after).filteredOn(slot -> slot.id() != moved).containsExactlyElementsOf(before.subList(0, 4));
        assertThat(after.get(1).key()).isStrictlyBetween(before.get(0).key(), before.get(1).key());
        assertThat(board(mapId).card(moved).orElseThrow().position()).isEqualTo(1);
    }

    private Map<Long, List<Long>> emptyModel() {
        Map<Long, List<Long>> model = new HashMap<>();
        stages.forEach(stage -> model.put(stage, List.of()));
        return model;
    }

    private long add(long stage, Integer index, String text) {
        return editor.addCard(ALICE, mapId, version(), lane, stage, index, new Card.Content(text, "")).id();
    }

    private long version() {
        return repository.findMap(mapId).orElseThrow().version();
    }

    private List<CardWriter.Slot> stored(long stage) {
        return change(board(mapId), writer -> writer.cellOrder(lane, stage));
    }

    /** The board read back and the stored keys both say exactly what the model says. */
    private void assertMatches(Map<Long, List<Long>> model) {
        MapBoard board = board(mapId);
        for (long stage : stages) {
            List<Card> cell = board.cardsIn(lane, stage);
            assertThat(cell).extracting(Card::id).as("order of stage %d", stage).containsExactlyElementsOf(model.get(stage));
            assertThat(cell).extracting(Card::position).as("ranks of stage %d", stage)
                    .containsExactlyElementsOf(IntStream.range(0, cell.size()).boxed().toList());
            cell.forEach(card -> assertThat(repository.loadPart(mapId, dev.journeymaps.app.board.BoardPart.card(card.id()))
                    .orElseThrow().card(card.id()).orElseThrow().position()).as("rank of card %d read alone", card.id())
                    .isEqualTo(card.position()));
            List<CardWriter.Slot> stored = stored(stage);
            assertThat(stored).extracting(CardWriter.Slot::id).containsExactlyElementsOf(model.get(stage));
            assertThat(new ArrayList<>(stored.stream().map(CardWriter.Slot::key).toList())).as("keys of stage %d", stage)
                    .isSortedAccordingTo(Integer::compare).doesNotHaveDuplicates();
        }
    }
}

package dev.journeymaps.app.board;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.journeymaps.app.board.Placement.GAP;
import static org.assertj.core.api.Assertions.assertThat;

/** Sparse card sort keys: a card takes a key between its new neighbours; only a cell without room is renumbered. */
class PlacementTest {
    private static CardWriter.Slot slot(long id, int key) {
        return new CardWriter.Slot(id, key);
    }

    @Test
    void aCardGoesBetweenItsNewNeighboursAndNothingElseIsWritten() {
        List<CardWriter.Slot> cell = List.of(slot(1, 0), slot(2, 100), slot(3, 200));
        assertThat(Placement.room(cell, 9, 1)).isEqualTo(new Placement.Room(50, List.of()));
        assertThat(Placement.room(cell, 9, 0)).isEqualTo(new Placement.Room(-GAP, List.of()));
        assertThat(Placement.room(cell, 9, 3)).isEqualTo(new Placement.Room(200 + GAP, List.of()));
        assertThat(Placement.room(cell, 9, 99)).as("an index past the end is last").isEqualTo(new Placement.Room(200 + GAP, List.of()));
        assertThat(Placement.room(cell, 9, -5)).as("a negative index is first").isEqualTo(new Placement.Room(-GAP, List.of()));
        assertThat(Placement.room(List.of(), 9, 3)).isEqualTo(new Placement.Room(0, List.of()));
    }

    @Test
    void theMovedCardDoesNotCountAsItsOwnNeighbour() {
        List<CardWriter.Slot> cell = List.of(slot(1, 0), slot(2, 100), slot(3, 200), slot(4, 300));
        assertThat(Placement.room(cell, 4, 1).key()).as("last card to index 1: between 0 and 100").isEqualTo(50);
        assertThat(Placement.room(cell, 1, 2).key()).as("first card to index 2: between 200 and 300").isEqualTo(250);
        assertThat(Placement.room(cell, 2, 1).key()).as("staying where it is: still between its neighbours").isEqualTo(100);
    }

    @Test
    void withoutRoomTheCellIsRenumberedInItsNewOrderAndOnlyChangedKeysAreWritten() {
        List<CardWriter.Slot> dense = List.of(slot(1, 0), slot(2, 1), slot(3, 2));
        assertThat(Placement.room(dense, 9, 2)).as("dense positions from before sparse keys")
                .isEqualTo(new Placement.Room(2 * GAP, List.of(slot(2, GAP), slot(3, 3 * GAP))));
        List<CardWriter.Slot> tied = List.of(slot(1, 5), slot(2, 5));
        assertThat(Placement.room(tied, 9, 1)).as("tied keys leave no room between them")
                .isEqualTo(new Placement.Room(GAP, List.of(slot(1, 0), slot(2, 2 * GAP))));
    }

    @Test
    void aKeyThatWouldLeaveTheIntRangeRenumbersInstead() {
        List<CardWriter.Slot> high = List.of(slot(1, 0), slot(2, Integer.MAX_VALUE - 10));
        assertThat(Placement.room(high, 9, 2)).isEqualTo(new Placement.Room(2 * GAP, List.of(slot(2, GAP))));
        List<CardWriter.Slot> low = List.of(slot(1, Integer.MIN_VALUE + 10), slot(2, 0));
        assertThat(Placement.room(low, 9, 0)).isEqualTo(new Placement.Room(0, List.of(slot(1, GAP), slot(2, 2 * GAP))));
    }
}

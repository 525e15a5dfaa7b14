package dev.journeymaps.domain;

import java.util.ArrayList;
import java.util.List;

/** Reordering of ordered siblings (stages, lanes, cards in a cell), as pure list operations. */
public final class Ordering {
    private Ordering() {
    }

    /**
     * The ids in their new order after moving {@code id} to {@code index} (clamped to the list).
     * If {@code id} is not in the list it is inserted (a card arriving from another cell).
     */
    public static List<Long> moveTo(List<Long> ids, long id, int index) {
        List<Long> result = new ArrayList<>(ids);
        result.remove(Long.valueOf(id));
        int at = Math.max(0, Math.min(index, result.size()));
        result.add(at, id);
        return List.copyOf(result);
    }

    public static List<Long> without(List<Long> ids, long id) {
        List<Long> result = new ArrayList<>(ids);
        result.remove(Long.valueOf(id));
        return List.copyOf(result);
    }
}

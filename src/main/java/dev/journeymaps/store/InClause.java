package dev.journeymaps.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

/** {@code COLUMN IN (?, ?, …)} over chunks of ids, because Oracle caps IN lists at 1000. */
public final class InClause {
    public static final int CHUNK = 500;

    private InClause() {
    }

    public static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> distinct = List.copyOf(new LinkedHashSet<>(ids));
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += CHUNK) {
            chunks.add(distinct.subList(from, Math.min(distinct.size(), from + CHUNK)));
        }
        return chunks;
    }

    public static String of(String column, List<Long> chunk) {
        return column + " IN (" + chunk.stream().map(id -> "?").collect(Collectors.joining(", ")) + ")";
    }
}

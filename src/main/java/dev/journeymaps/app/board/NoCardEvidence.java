package dev.journeymaps.app.board;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** No evidence anywhere: what {@link CardEvidence} answers until the editor stores evidence. */
public final class NoCardEvidence implements CardEvidence {
    @Override
    public Map<Long, Instant> latestByCard(Collection<Long> mapIds) {
        return Map.of();
    }

    @Override
    public Map<Long, Integer> countByCard(Collection<Long> cardIds) {
        return Map.of();
    }

    @Override
    public List<String> describe(long mapId, long cardId) {
        return List.of();
    }
}

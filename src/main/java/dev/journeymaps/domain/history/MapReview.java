package dev.journeymaps.domain.history;

import dev.journeymaps.domain.board.JourneyMap;
import java.time.Instant;

/** A map's review status at one moment: its cadence, next date and state. */
public record MapReview(JourneyMap map, ReviewCadence cadence, Instant dueAt, ReviewState state, long daysUntilDue) {

    public static MapReview of(JourneyMap map, ReviewCadence cadence, Instant now) {
        return new MapReview(map, cadence, cadence.dueAt(map.created()), cadence.state(map.created(), now),
                cadence.daysUntilDue(map.created(), now));
    }

    public boolean isStale() {
        return state.isStale();
    }
}

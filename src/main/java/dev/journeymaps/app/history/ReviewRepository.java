package dev.journeymaps.app.history;

import dev.journeymaps.app.board.MapRepository;
import dev.journeymaps.domain.history.ReviewCadence;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Port: each map's review cadence. Writes happen inside {@link MapRepository#change}. */
public interface ReviewRepository {

    Optional<ReviewCadence> cadence(long mapId);

    /** The cadences of many maps in a fixed number of queries; maps without one are absent. */
    Map<Long, ReviewCadence> cadences(Collection<Long> mapIds);

    void saveCadence(long mapId, ReviewCadence cadence);
}

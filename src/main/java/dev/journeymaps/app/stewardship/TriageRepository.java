package dev.journeymaps.app.stewardship;

import dev.journeymaps.app.board.MapRepository;
import dev.journeymaps.domain.stewardship.CardTriage;
import dev.journeymaps.domain.stewardship.ScoringMethod;

import java.util.Map;

/**
 * Port: owners and score inputs of cards, and each map's scoring method. Writes are made only inside
 * {@link MapRepository#change}, so they are versioned with the map and roll back with it.
 */
public interface TriageRepository {

    /** The triage of a map's cards by card id, in one query. */
    Map<Long, CardTriage> triage(long mapId);

    /** One card's triage (none when never scored nor owned), in one query on its own row. */
    default java.util.Optional<CardTriage> triageOf(long mapId, long cardId) {
        return java.util.Optional.ofNullable(triage(mapId).get(cardId));
    }

    /** The map's scoring method; impact × feasibility unless it was changed. */
    ScoringMethod scoringMethod(long mapId);

    void saveTriage(long mapId, CardTriage triage);

    void saveScoringMethod(long mapId, ScoringMethod method);
}

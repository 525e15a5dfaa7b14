package dev.journeymaps.app.board;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Port: the evidence behind pain points and opportunities, as the work-status features need it.
 * SEAM for the map editor, which owns evidence: it implements this over its evidence entity. Until then
 * {@link #NONE} says "no evidence anywhere", which makes every card whose work is done "verify the fix".
 */
public interface CardEvidence {

    /** The newest evidence date per card of these maps; cards without evidence are absent. One query per map chunk. */
    Map<Long, Instant> latestByCard(Collection<Long> mapIds);

    /** The number of evidence items per card; cards without evidence are absent. */
    Map<Long, Integer> countByCard(Collection<Long> cardIds);

    /** Plain-text lines describing a card's evidence, for the description of an issue created from it. */
    List<String> describe(long mapId, long cardId);

    CardEvidence NONE = new NoCardEvidence();
}

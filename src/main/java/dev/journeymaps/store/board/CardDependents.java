package dev.journeymaps.store.board;

import dev.journeymaps.store.AoSession;
import dev.journeymaps.store.Cascade;
import dev.journeymaps.store.InClause;
import net.java.ao.Query;
import net.java.ao.RawEntity;

import java.util.Arrays;
import java.util.stream.Collectors;

/** What hangs on a map's cards (evidence, issue links, triage), deleted with a stage's or lane's cards. */
final class CardDependents {
    private CardDependents() {
    }

    /**
     * Deletes what hangs on the cards whose {@code column} is {@code id} (evidence, issue links, triage): one query
     * for their ids, then one delete per table and chunk.
     */
    static void deleteOnCards(AoSession ao, long mapId, String column, long id) {
        Object[] cardIds = Arrays.stream(ao.find(CardEntity.class, Query.select("ID").where(column + " = ? AND " + CardEntity.MAP_ID + " = ?", id, mapId)))
                .map(card -> (long) card.getID()).toArray();
        for (int from = 0; from < cardIds.length; from += InClause.CHUNK) {
            Object[] chunk = Arrays.copyOfRange(cardIds, from, Math.min(cardIds.length, from + InClause.CHUNK));
            String in = Arrays.stream(chunk).map(x -> "?").collect(Collectors.joining(", "));
            Object[] parameters = Arrays.copyOf(chunk, chunk.length + 1);
            parameters[chunk.length] = mapId;
            for (Class<? extends RawEntity<Integer>> dependent : Cascade.CARD_DEPENDENTS) {
                ao.deleteWithSQL(dependent, "CARD_ID IN (" + in + ") AND MAP_ID = ?", parameters);
            }
        }
    }
}

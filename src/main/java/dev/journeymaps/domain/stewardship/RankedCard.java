package dev.journeymaps.domain.stewardship;

/** A card in the action list with its rank by score (1 = fix first); 0 while it is not scored. */
public record RankedCard(int rank, CardPriority priority) {
}

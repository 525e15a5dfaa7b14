package dev.journeymaps.domain.board;

/** A row of a project's map list: the header and a few counts. */
public record MapSummary(JourneyMap map, int stageCount, int cardCount, int painPointCount) {
}

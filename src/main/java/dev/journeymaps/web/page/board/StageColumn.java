package dev.journeymaps.web.page.board;

/** A stage (column) header; {@code cardCount} is what deleting it would delete too. */
public record StageColumn(long id, String name, int cardCount) {
}

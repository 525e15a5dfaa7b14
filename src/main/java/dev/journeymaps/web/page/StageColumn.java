package dev.journeymaps.web.page;

/** A stage (column) header. */
public record StageColumn(long id, String name) {
}

package dev.journeymaps.web.page;

/** A choice in a select: the value the REST API takes and its translated label. */
public record Option(String value, String label) {
}

package dev.journeymaps.web.page;

/** An option of a select, already marked selected or not, so templates compare nothing. */
public record Choice(String value, String label, boolean selected) {
}

package dev.journeymaps.web.page.stewardship;

/** A filter checkbox of the action list with how many cards it would keep. */
public record FilterOption(String key, String label, boolean checked, long count) {
}

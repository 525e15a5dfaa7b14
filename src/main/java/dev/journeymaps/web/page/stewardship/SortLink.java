package dev.journeymaps.web.page.stewardship;

/** A sortable column header: a plain link (works without JavaScript) and its aria-sort state. */
public record SortLink(String key, String label, String url, boolean active, String ariaSort) {
}

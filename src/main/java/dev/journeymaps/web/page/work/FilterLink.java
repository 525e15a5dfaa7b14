package dev.journeymaps.web.page.work;

/** One choice of the map view's work filter: a plain link, so filtering needs no JavaScript. */
public record FilterLink(String key, String label, String url, boolean current) {
}

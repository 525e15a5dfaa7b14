package dev.journeymaps.web.page;

/** A link to another map: a future-state map's origin, or a current-state map's future states. */
public record MapLink(String title, String url) {
}

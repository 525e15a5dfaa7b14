package dev.journeymaps.web.page;

/** A card as the map view shows it. */
public record CardView(long id, String text, String details) {
}

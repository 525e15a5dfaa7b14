package dev.journeymaps.app.live;

/**
 * Someone who has a map open (a hint, kept in memory per node): their user key and name, and the card they are
 * editing (side panel or inline editor open on it), or null.
 */
public record Viewer(String userKey, String displayName, Long editingCardId) {
}

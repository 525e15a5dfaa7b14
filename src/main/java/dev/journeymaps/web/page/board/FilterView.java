package dev.journeymaps.web.page.board;

/** The map list filter as the form shows it (the GET parameters it was submitted with). */
public record FilterView(String type, String personaId, String owner, String search, boolean active) {
}

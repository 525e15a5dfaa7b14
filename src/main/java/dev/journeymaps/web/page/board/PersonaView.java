package dev.journeymaps.web.page.board;

/** A project persona as pages show it. */
public record PersonaView(long id, String name, String description, String goals, String frustrations, long version) {
}

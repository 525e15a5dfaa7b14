package dev.journeymaps.web.rest;

import dev.journeymaps.app.ConflictException;

import java.util.List;
import java.util.Map;

/**
 * A 409's body: Jira's error shape ({@link ErrorCollection}'s two fields; the message names what changed, by whom and at
 * which version) plus {@code conflict}, the same facts for a client to use.
 */
public record ConflictBody(List<String> errorMessages, Map<String, String> errors, Conflict conflict) {

    /**
     * The version the write quoted, the map's current one, and when known the revision it conflicted with:
     * {@code changedInVersion}, its author's {@code authorKey} and display name {@code authorName} (the key when the
     * directory does not know them); those three are null when unknown.
     */
    public record Conflict(long quotedVersion, long currentVersion, Long changedInVersion, String authorKey, String authorName) {
    }

    public static ConflictBody of(ConflictException e) {
        ConflictException.Change change = e.change().orElse(null);
        Conflict conflict = change == null ? new Conflict(e.quotedVersion(), e.currentVersion(), null, null, null)
                : new Conflict(e.quotedVersion(), e.currentVersion(), change.version(), change.authorKey(),
                change.authorKey() == null ? null : change.author());
        return new ConflictBody(List.of(e.getMessage()), Map.of(), conflict);
    }
}

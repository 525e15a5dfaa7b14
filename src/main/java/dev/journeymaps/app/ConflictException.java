package dev.journeymaps.app;

import java.util.Optional;

/**
 * A write quoted a version that is no longer current and something it depends on changed since: someone else changed
 * the map. Maps to 409; the message says what changed and by whom when the repository knows it ({@link #change()}).
 */
public class ConflictException extends RuntimeException {
    private final long currentVersion;
    private final transient Change change;

    /** The revision that made the write conflict: its version, its author's key, and what of the write it touched. */
    public record Change(long version, String authorKey, String token) {
    }

    public ConflictException(long mapId, long quotedVersion, long currentVersion) {
        super("This map was changed by someone else (you edited version " + quotedVersion
                + ", it is now at version " + currentVersion + "). Reload the map and apply your change again.");
        this.currentVersion = currentVersion;
        this.change = null;
    }

    /** A write found {@code change} since its quoted version touching what it depends on. */
    public ConflictException(long mapId, long quotedVersion, long currentVersion, Change change) {
        this(describe("The map was changed", change, quotedVersion, currentVersion), currentVersion, change);
    }

    /** A write quoted a stale version of something other than a map (a persona). */
    public ConflictException(String what, long quotedVersion, long currentVersion) {
        super(what + " was changed by someone else (you edited version " + quotedVersion
                + ", it is now at version " + currentVersion + "). Reload and apply your change again.");
        this.currentVersion = currentVersion;
        this.change = null;
    }

    private ConflictException(String message, long currentVersion, Change change) {
        super(message);
        this.currentVersion = currentVersion;
        this.change = change;
    }

    /**
     * The same conflict, saying what changed in words: {@code what} is e.g. "'Slow refunds' was edited" and the message
     * reads "'Slow refunds' was edited by alice at version 59 (you edited version 58, …)".
     */
    public ConflictException naming(String what, long quotedVersion) {
        return change == null ? this : new ConflictException(describe(what, change, quotedVersion, currentVersion),
                currentVersion, change);
    }

    private static String describe(String what, Change change, long quotedVersion, long currentVersion) {
        String by = change.authorKey() == null ? "" : " by " + change.authorKey();
        return what + by + " at version " + change.version() + " (you edited version " + quotedVersion
                + ", it is now at version " + currentVersion + "). Reload the map and apply your change again.";
    }

    public long currentVersion() {
        return currentVersion;
    }

    public Optional<Change> change() {
        return Optional.ofNullable(change);
    }
}

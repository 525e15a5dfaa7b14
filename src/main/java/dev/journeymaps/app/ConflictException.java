package dev.journeymaps.app;

import java.util.Optional;

/**
 * A write quoted a version that is no longer current and something it depends on changed since: someone else changed
 * the map. Maps to 409; the message says what changed and by whom when the repository knows it ({@link #change()}),
 * the author by display name once the use case has asked the {@link Directory} ({@link #authorNamed}).
 */
public class ConflictException extends RuntimeException {
    private final long currentVersion;
    private final long quotedVersion;
    private final String what;
    private final transient Change change;

    /**
     * The revision that made the write conflict: its version, its author's key, what of the write it touched, and the
     * author's display name (null until asked; {@link #author()} then falls back to the key).
     */
    public record Change(long version, String authorKey, String token, String authorName) {
        public Change(long version, String authorKey, String token) {
            this(version, authorKey, token, null);
        }

        /** How the message names the author: the display name if known, else the key. */
        public String author() {
            return authorName == null || authorName.isBlank() ? authorKey : authorName;
        }
    }

    public ConflictException(long mapId, long quotedVersion, long currentVersion) {
        super("This map was changed by someone else (you edited version " + quotedVersion
                + ", it is now at version " + currentVersion + "). Reload the map and apply your change again.");
        this.currentVersion = currentVersion;
        this.quotedVersion = quotedVersion;
        this.what = null;
        this.change = null;
    }

    /** A write found {@code change} since its quoted version touching what it depends on. */
    public ConflictException(long mapId, long quotedVersion, long currentVersion, Change change) {
        this("The map was changed", quotedVersion, currentVersion, change);
    }

    /** A write quoted a stale version of something other than a map (a persona). */
    public ConflictException(String what, long quotedVersion, long currentVersion) {
        super(what + " was changed by someone else (you edited version " + quotedVersion
                + ", it is now at version " + currentVersion + "). Reload and apply your change again.");
        this.currentVersion = currentVersion;
        this.quotedVersion = quotedVersion;
        this.what = null;
        this.change = null;
    }

    private ConflictException(String what, long quotedVersion, long currentVersion, Change change) {
        super(describe(what, change, quotedVersion, currentVersion));
        this.currentVersion = currentVersion;
        this.quotedVersion = quotedVersion;
        this.what = what;
        this.change = change;
    }

    /**
     * The same conflict, saying what changed in words: {@code what} is e.g. "'Slow refunds' was edited" and the message
     * reads "'Slow refunds' was edited by Alice Smith at version 59 (you edited version 58, …)".
     */
    public ConflictException naming(String what, long quotedVersion) {
        return change == null ? this : new ConflictException(what, quotedVersion, currentVersion, change);
    }

    /**
     * The same conflict naming its author by the display name {@code directory} knows (asked as {@code actor}, the
     * user who got the conflict); the key when the directory does not know them or cannot say right now.
     */
    public ConflictException authorNamed(Directory directory, Actor actor) {
        if (change == null || change.authorKey() == null || change.authorName() != null) {
            return this;
        }
        String name = directory.displayName(actor, change.authorKey()); // the key if unknown or Jira cannot say now
        Change named = new Change(change.version(), change.authorKey(), change.token(), name);
        return new ConflictException(what, quotedVersion, currentVersion, named);
    }

    private static String describe(String what, Change change, long quotedVersion, long currentVersion) {
        String by = change.authorKey() == null ? "" : " by " + change.author();
        return what + by + " at version " + change.version() + " (you edited version " + quotedVersion
                + ", it is now at version " + currentVersion + "). Reload the map and apply your change again.";
    }

    public long currentVersion() {
        return currentVersion;
    }

    /** The version the write quoted. */
    public long quotedVersion() {
        return quotedVersion;
    }

    public Optional<Change> change() {
        return Optional.ofNullable(change);
    }
}

package dev.journeymaps.app;

/** A write quoted a version that is no longer current: someone else changed the map. Maps to 409. */
public class ConflictException extends RuntimeException {
    private final long currentVersion;

    public ConflictException(long mapId, long quotedVersion, long currentVersion) {
        super("This map was changed by someone else (you edited version " + quotedVersion
                + ", it is now at version " + currentVersion + "). Reload the map and apply your change again.");
        this.currentVersion = currentVersion;
    }

    /** A write quoted a stale version of something other than a map (a persona). */
    public ConflictException(String what, long quotedVersion, long currentVersion) {
        super(what + " was changed by someone else (you edited version " + quotedVersion
                + ", it is now at version " + currentVersion + "). Reload and apply your change again.");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}

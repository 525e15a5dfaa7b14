package dev.journeymaps.standalone;

import dev.journeymaps.store.embedded.DatabaseConfig;

import java.nio.file.Path;

/** Starts standalone servers for tests in sub-packages (the configuration record is package-private). */
public final class TestServers {
    private TestServers() {
    }

    /** A server on a random loopback port over an H2 database in {@code dataDir}, with or without the demo data set. */
    public static StandaloneServer h2(Path dataDir, boolean demo) {
        return StandaloneServer.start(new StandaloneConfig("127.0.0.1", 0, DatabaseConfig.h2File(dataDir), demo));
    }

    /** A server on any database (PostgreSQL, say), without the demo. */
    public static StandaloneServer on(DatabaseConfig database) {
        return StandaloneServer.start(new StandaloneConfig("127.0.0.1", 0, database, false));
    }

    /** Same as {@link #h2}. */
    public static StandaloneServer start(Path dataDir, boolean demo) {
        return h2(dataDir, demo);
    }
}

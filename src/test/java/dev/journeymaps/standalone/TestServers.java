package dev.journeymaps.standalone;

import dev.journeymaps.store.embedded.DatabaseConfig;

import java.nio.file.Path;

/** Starts a standalone server for test packages outside this one (e.g. the browser tests in {@code standalone.browser}). */
public final class TestServers {
    private TestServers() {
    }

    /** A server on a random loopback port over a fresh H2 database in {@code dataDir}, with or without the demo. */
    public static StandaloneServer start(Path dataDir, boolean demo) {
        return StandaloneServer.start(new StandaloneConfig("127.0.0.1", 0, DatabaseConfig.h2File(dataDir), demo));
    }
}

package dev.journeymaps.standalone;

import dev.journeymaps.store.StatementCounter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/**
 * The set-up of the tests that count what a request costs at the database: the standalone server, without the demo, on
 * its own H2 database whose every statement and row goes through {@link #counter}; one server per test class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CountedServerTest {
    static final String API = "/rest/journeymaps/1.0";
    final StatementCounter counter = new StatementCounter();
    RunningServer server;

    @BeforeAll
    void start(@TempDir Path dataDir) {
        server = RunningServer.start(dataDir, false, counter::wrap);
    }

    @AfterAll
    void stop() {
        server.close();
    }
}

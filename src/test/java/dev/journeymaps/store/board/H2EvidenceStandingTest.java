package dev.journeymaps.store.board;

import dev.journeymaps.store.embedded.DatabaseConfig;
import dev.journeymaps.store.embedded.EmbeddedDatabase;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The evidence assumption switch on an H2 file database, the standalone server's default. */
class H2EvidenceStandingTest extends EvidenceStandingContract {
    @TempDir
    static Path dataDir;

    @Override
    protected EmbeddedDatabase open() {
        return EmbeddedDatabase.open(DatabaseConfig.h2File(dataDir));
    }
}

package dev.journeymaps.store.board;

import dev.journeymaps.store.embedded.DatabaseConfig;
import dev.journeymaps.store.embedded.EmbeddedDatabase;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Map archiving on the embedded H2 database (the standalone default). */
class H2MapArchiveTest extends MapArchiveContract {
    @TempDir
    static Path dataDir;

    @Override
    protected EmbeddedDatabase open() {
        return EmbeddedDatabase.open(DatabaseConfig.h2File(dataDir));
    }
}

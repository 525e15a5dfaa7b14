package dev.journeymaps.store.board;

import dev.journeymaps.store.embedded.DatabaseConfig;
import dev.journeymaps.store.embedded.EmbeddedDatabase;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Card order with sparse sort keys, on an H2 file database (the standalone default). */
class H2CardOrderStoreContractTest extends CardOrderContract {
    @TempDir
    static Path dataDir;

    @Override
    protected EmbeddedDatabase open() {
        return EmbeddedDatabase.open(DatabaseConfig.h2File(dataDir));
    }
}

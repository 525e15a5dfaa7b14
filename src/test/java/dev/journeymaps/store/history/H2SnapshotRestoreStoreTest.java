package dev.journeymaps.store.history;

import dev.journeymaps.store.embedded.DatabaseConfig;
import dev.journeymaps.store.embedded.EmbeddedDatabase;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Snapshot restore on an H2 file database, the standalone server's default. */
class H2SnapshotRestoreStoreTest extends SnapshotRestoreStoreContract {
    @TempDir
    static Path dataDir;

    @Override
    protected EmbeddedDatabase open() {
        return EmbeddedDatabase.open(DatabaseConfig.h2File(dataDir));
    }
}

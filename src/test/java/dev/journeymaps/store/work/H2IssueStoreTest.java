package dev.journeymaps.store.work;

import dev.journeymaps.store.embedded.DatabaseConfig;
import dev.journeymaps.store.embedded.EmbeddedDatabase;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The issue cache and links on H2. */
class H2IssueStoreTest extends IssueStoreContract {
    @TempDir
    static Path dataDir;

    @Override
    protected EmbeddedDatabase open() {
        return EmbeddedDatabase.open(DatabaseConfig.h2File(dataDir));
    }
}

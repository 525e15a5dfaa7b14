package dev.journeymaps.store.comments;

import dev.journeymaps.store.embedded.DatabaseConfig;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The comment store on an H2 file database, the standalone server's default. */
class H2CommentStoreTest extends CommentStoreContract {
    @TempDir
    static Path dataDir;

    @Override
    protected DatabaseConfig config() {
        return DatabaseConfig.h2File(dataDir);
    }
}

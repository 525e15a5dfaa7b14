package dev.journeymaps.store.history;

import dev.journeymaps.store.embedded.DatabaseConfig;
import dev.journeymaps.store.embedded.EmbeddedDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** Snapshot restore on a real PostgreSQL. */
class PostgresSnapshotRestoreStoreTest extends SnapshotRestoreStoreContract {
    private EmbeddedPostgres postgres;

    @Override
    protected EmbeddedDatabase open() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        return EmbeddedDatabase.open(new DatabaseConfig(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres"));
    }

    @Override
    protected void shutDown() throws Exception {
        postgres.close();
    }
}

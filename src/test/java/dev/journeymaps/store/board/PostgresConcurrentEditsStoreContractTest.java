package dev.journeymaps.store.board;

import dev.journeymaps.store.embedded.DatabaseConfig;
import dev.journeymaps.store.embedded.EmbeddedDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** Conflicts only where there is one, on a real PostgreSQL (the clustered standalone setup and most Jira DC sites). */
class PostgresConcurrentEditsStoreContractTest extends ConcurrentEditsContract {
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

package dev.journeymaps.store.board;

import dev.journeymaps.store.embedded.DatabaseConfig;
import dev.journeymaps.store.embedded.EmbeddedDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** Card order with sparse sort keys, on a real PostgreSQL (the clustered standalone setup and most Jira DC sites). */
class PostgresCardOrderStoreContractTest extends CardOrderContract {
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

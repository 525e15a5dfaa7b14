package dev.journeymaps.store.work;

import dev.journeymaps.store.embedded.DatabaseConfig;
import dev.journeymaps.store.embedded.EmbeddedDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The issue cache and links on a real PostgreSQL. */
class PostgresIssueStoreTest extends IssueStoreContract {
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

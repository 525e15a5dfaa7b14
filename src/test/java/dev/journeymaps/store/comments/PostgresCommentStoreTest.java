package dev.journeymaps.store.comments;

import dev.journeymaps.store.embedded.DatabaseConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The comment store on a real PostgreSQL. */
class PostgresCommentStoreTest extends CommentStoreContract {
    private EmbeddedPostgres postgres;

    @Override
    protected DatabaseConfig config() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        return new DatabaseConfig(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
    }

    @Override
    protected void shutDown() throws Exception {
        postgres.close();
    }
}

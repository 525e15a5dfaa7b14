package dev.journeymaps.standalone;

import dev.journeymaps.store.embedded.DatabaseConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.util.function.UnaryOperator;

/** The text rules over HTTP on PostgreSQL, which refuses NUL in text (a 500 before these rules) and counts characters. */
class PostgresTextInputRestTest extends TextInputRestContract {
    private EmbeddedPostgres postgres;

    @Override
    protected RunningServer start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        return RunningServer.start(new DatabaseConfig(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres"), null,
                UnaryOperator.identity());
    }

    @Override
    protected void stopDatabase() throws Exception {
        postgres.close();
    }
}

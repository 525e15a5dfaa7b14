package dev.journeymaps.store.work;

import dev.journeymaps.domain.work.CachedIssue;
import dev.journeymaps.domain.work.IssueSnapshot;
import dev.journeymaps.domain.work.StatusCategory;
import dev.journeymaps.store.embedded.DatabaseConfig;
import dev.journeymaps.store.embedded.EmbeddedDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refresh of 5,000 stale cached issues writes their rows in a handful of statements <em>at the database</em>, as
 * PostgreSQL's own statement log ({@code log_statement = all}) counts them — not 5,000 single-row INSERTs behind one
 * JDBC batch.
 */
class PostgresCacheRefreshStatementsTest {
    private static final Instant THEN = Instant.parse("2026-11-28T08:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final int ISSUES = 5000;

    @Test
    void refreshing5000CachedIssuesWritesTheirRowsInAtMost20StatementsAtTheDatabase(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("postgres.log");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("log_statement", "all")
                .setErrorRedirector(ProcessBuilder.Redirect.to(log.toFile()))
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile())).start()) {
            EmbeddedDatabase database = EmbeddedDatabase.open(new DatabaseConfig(postgres.getJdbcUrl("postgres", "postgres"),
                    "postgres", "postgres"));
            try {
                AoIssueCache cache = new AoIssueCache(database.session());
                cache.put(issues(StatusCategory.TO_DO, THEN));

                mark(database, "refresh-start");
                Map<Long, CachedIssue> stored = cache.put(issues(StatusCategory.DONE, NOW));
                mark(database, "refresh-end");

                long writes = writesBetweenMarks(log);
                System.out.printf("Refreshing %,d cached issues: %d INSERT/DELETE statements in PostgreSQL's log%n", ISSUES, writes);
                assertThat(stored).hasSize(ISSUES);
                assertThat(cache.get(List.of(1L, (long) ISSUES)).values())
                        .allSatisfy(issue -> assertThat(issue.snapshot().statusCategory()).isEqualTo(StatusCategory.DONE));
                assertThat(writes).as("statements writing the cache table, as the database logged them")
                        .isPositive().isLessThanOrEqualTo(20);
            } finally {
                database.close();
            }
        }
    }

    private static List<IssueSnapshot> issues(StatusCategory category, Instant at) {
        return LongStream.rangeClosed(1, ISSUES).mapToObj(id -> new IssueSnapshot(id, "SHOP-" + id, "Issue " + id, "Story",
                category.name(), category, "", at)).toList();
    }

    /** A statement that shows in the log, to find the refresh's part of it. */
    private static void mark(EmbeddedDatabase database, String marker) throws SQLException {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SELECT '" + marker + "'");
        }
    }

    private static long writesBetweenMarks(Path log) throws IOException, InterruptedException {
        for (int attempt = 0; attempt < 50 && !Files.readString(log).contains("refresh-end"); attempt++) {
            Thread.sleep(100); // the server writes its log asynchronously
        }
        String text = Files.readString(log);
        String refresh = text.substring(text.indexOf("refresh-start"), text.indexOf("refresh-end"));
        return refresh.lines().filter(line -> line.contains("LOG:"))
                .map(line -> line.toUpperCase(Locale.ROOT))
                .filter(line -> line.contains("ISSUE_SNAPSHOT") && (line.contains("INSERT INTO") || line.contains("DELETE FROM")))
                .count();
    }
}

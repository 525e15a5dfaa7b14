package dev.journeymaps.store.embedded;

import java.nio.file.Path;
import java.util.Objects;

/** Where the standalone server keeps its data: a JDBC URL (H2 or PostgreSQL) and credentials. */
public record DatabaseConfig(String jdbcUrl, String user, String password) {

    public DatabaseConfig {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    /**
     * An H2 file database in {@code dataDir}. The pool and {@link EmbeddedDatabase#close()} own its
     * lifetime (no close on JVM exit); writers wait up to 10 s for each other's row locks.
     * {@code WRITE_DELAY=0}: a commit is written to the file before the statement returns. H2's default (500 ms)
     * acknowledges commits it may still lose on a crash or {@code kill -9}; a write we answered 2xx must survive.
     */
    public static DatabaseConfig h2File(Path dataDir) {
        Path file = dataDir.toAbsolutePath().resolve("journeymaps");
        return new DatabaseConfig("jdbc:h2:file:" + file + ";" + H2_DURABLE_COMMITS + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000", "sa", "");
    }

    /** The H2 setting that makes an acknowledged commit durable. */
    public static final String H2_DURABLE_COMMITS = "WRITE_DELAY=0";

    /** The URL to connect with: an H2 URL given without a write delay gets {@link #H2_DURABLE_COMMITS}. */
    public String durableJdbcUrl() {
        return isH2() && !jdbcUrl.toUpperCase(java.util.Locale.ROOT).contains("WRITE_DELAY=")
                ? jdbcUrl + ";" + H2_DURABLE_COMMITS : jdbcUrl;
    }

    public boolean isPostgreSql() {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    public boolean isH2() {
        return jdbcUrl.startsWith("jdbc:h2:");
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "DatabaseConfig[jdbcUrl=" + jdbcUrl + ", user=" + user + "]";
    }
}

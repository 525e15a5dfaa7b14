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
     */
    public static DatabaseConfig h2File(Path dataDir) {
        Path file = dataDir.toAbsolutePath().resolve("journeymaps");
        return new DatabaseConfig("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000", "sa", "");
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

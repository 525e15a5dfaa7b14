package dev.journeymaps.store.embedded;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedDatabaseTest {
    @TempDir
    Path dataDir;

    @Test
    void tablePrefixIsJirasHashOfTheNamespace() {
        // The example from Atlassian's "Table names" documentation.
        assertThat(EmbeddedDatabase.tablePrefix("com.atlassian.example.ao.myplugin")).isEqualTo("AO_28BE2D_");
        assertThat(EmbeddedDatabase.tablePrefix("dev.journeymaps")).matches("AO_[0-9A-F]{6}_");
    }

    @Test
    void tablesAreNamedAsJiraNamesThem() throws Exception {
        String prefix = EmbeddedDatabase.tablePrefix("dev.journeymaps");
        try (EmbeddedDatabase database = EmbeddedDatabase.open(DatabaseConfig.h2File(dataDir));
             Connection connection = database.dataSource().getConnection();
             ResultSet tables = connection.getMetaData().getTables(null, "PUBLIC", "AO_%", new String[]{"TABLE"})) {
            List<String> names = new ArrayList<>();
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME"));
            }
            assertThat(names).containsExactlyInAnyOrder(prefix + "MAP", prefix + "STAGE", prefix + "LANE",
                    prefix + "CARD", prefix + "MAP_REVISION", prefix + "PERSONA", prefix + "EVIDENCE",
                    prefix + "CARD_TRIAGE", prefix + "MAP_SCORING", prefix + "MAP_REVIEW", prefix + "MAP_SNAPSHOT",
                    prefix + "AUDIT_ENTRY", prefix + "UNDO_ENTRY", prefix + "CARD_COMMENT", prefix + "COMMENT_NOTICE",

                    prefix + "ISSUE_SNAPSHOT", prefix + "ISSUE_LINK",

                    prefix + "SIGN_IN_SESSION"); // the standalone host's own

        }
    }

    @Test
    void openingTwiceMigratesIdempotentlyAndKeepsTheData() {
        long mapId;
        try (EmbeddedDatabase database = EmbeddedDatabase.open(DatabaseConfig.h2File(dataDir))) {
            mapId = database.repository().createMap("KEEP", new dev.journeymaps.domain.board.MapDetails("Kept",
                            dev.journeymaps.domain.board.MapType.CURRENT_STATE, null, "alice"),
                    dev.journeymaps.domain.board.MapTemplate.of(dev.journeymaps.domain.board.MapType.CURRENT_STATE), "alice",
                    java.time.Instant.parse("2026-01-01T00:00:00Z")).id();
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.open(DatabaseConfig.h2File(dataDir))) {
            assertThat(database.repository().findMap(mapId)).hasValueSatisfying(map -> assertThat(map.title()).isEqualTo("Kept"));
        }
    }

    /**
     * A database from before personas, hidden lanes, scores, channels and evidence (the new columns and
     * tables dropped again) upgrades on open: the new columns come back empty and no row is lost.
     */
    @Test
    void aDatabaseFromBeforeTheJourneyModelColumnsUpgradesWithoutLosingData() throws Exception {
        String prefix = EmbeddedDatabase.tablePrefix("dev.journeymaps");
        long mapId;
        try (EmbeddedDatabase database = EmbeddedDatabase.open(DatabaseConfig.h2File(dataDir))) {
            dev.journeymaps.domain.board.MapBoard board = database.repository().loadBoard(database.repository().createMap("OLD",
                    new dev.journeymaps.domain.board.MapDetails("Old map", dev.journeymaps.domain.board.MapType.CURRENT_STATE, null, "alice"),
                    dev.journeymaps.domain.board.MapTemplate.of(dev.journeymaps.domain.board.MapType.CURRENT_STATE), "alice",
                    java.time.Instant.parse("2026-01-01T00:00:00Z")).id()).orElseThrow();
            mapId = board.map().id();
            database.repository().change(mapId, 1, "alice", java.time.Instant.parse("2026-01-02T00:00:00Z"), writer -> writer.insertCard(
                    board.lanes().get(0).id(), board.stages().get(0).id(), 0, new dev.journeymaps.domain.board.Card.Content("Kept card", "")));
            try (Connection connection = database.dataSource().getConnection(); java.sql.Statement sql = connection.createStatement()) {
                sql.execute("DROP TABLE \"" + prefix + "EVIDENCE\"");
                sql.execute("DROP TABLE \"" + prefix + "PERSONA\"");
                sql.execute("ALTER TABLE \"" + prefix + "LANE\" DROP COLUMN \"HIDDEN\"");
                sql.execute("ALTER TABLE \"" + prefix + "CARD\" DROP COLUMN \"EMOTION\"");
                sql.execute("ALTER TABLE \"" + prefix + "CARD\" DROP COLUMN \"CHANNEL\"");
                sql.execute("ALTER TABLE \"" + prefix + "MAP\" DROP COLUMN \"PERSONA_ID\"");
                sql.execute("ALTER TABLE \"" + prefix + "MAP\" DROP COLUMN \"ORIGIN_MAP_ID\"");
                sql.execute("ALTER TABLE \"" + prefix + "MAP\" DROP COLUMN \"ARCHIVED\"");
            }
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.open(DatabaseConfig.h2File(dataDir))) {
            dev.journeymaps.domain.board.MapBoard board = database.repository().loadBoard(mapId).orElseThrow();
            assertThat(board.map().title()).isEqualTo("Old map");
            assertThat(board.map().personaId()).isNull();
            assertThat(board.map().archived()).as("a map from before archiving is active").isFalse();
            assertThat(board.lanes()).hasSize(6).noneMatch(dev.journeymaps.domain.board.Lane::hidden);
            assertThat(board.cards()).singleElement().satisfies(card -> {
                assertThat(card.text()).isEqualTo("Kept card");
                assertThat(card.emotion()).isNull();
            });
            assertThat(board.evidence()).isEmpty();
            assertThat(database.personas().listPersonas("OLD")).isEmpty();
        }
    }

    /**
     * H2 counts VARCHAR lengths in UTF-16 units: a database made before limits counted characters has stage names of
     * 120 units, too narrow for 120 emoji. Opening it widens them, keeps every row and its NOT NULL.
     */
    @Test
    void anH2DatabaseWithTextColumnsInUtf16UnitsIsWidenedOnOpenAndKeepsItsRows() throws Exception {
        String prefix = EmbeddedDatabase.tablePrefix("dev.journeymaps");
        dev.journeymaps.domain.board.MapType type = dev.journeymaps.domain.board.MapType.CURRENT_STATE;
        long mapId;
        try (EmbeddedDatabase database = EmbeddedDatabase.open(DatabaseConfig.h2File(dataDir))) {
            mapId = database.repository().createMap("WIDE", new dev.journeymaps.domain.board.MapDetails("Narrow", type, null, "alice"),
                    dev.journeymaps.domain.board.MapTemplate.of(type), "alice", java.time.Instant.parse("2026-01-01T00:00:00Z")).id();
            try (Connection connection = database.dataSource().getConnection(); java.sql.Statement sql = connection.createStatement()) {
                sql.execute("ALTER TABLE \"" + prefix + "STAGE\" ALTER COLUMN \"NAME\" SET DATA TYPE VARCHAR(120)");
                assertThat(H2TextColumns.size(connection, prefix + "STAGE", "NAME")).isEqualTo(120);
            }
        }
        String emoji = "\uD83D\uDE00".repeat(120);
        try (EmbeddedDatabase database = EmbeddedDatabase.open(DatabaseConfig.h2File(dataDir))) {
            try (Connection connection = database.dataSource().getConnection();
                 ResultSet name = connection.getMetaData().getColumns(null, "PUBLIC", prefix + "STAGE", "NAME")) {
                assertThat(name.next()).isTrue();
                assertThat(name.getInt("COLUMN_SIZE")).isEqualTo(240);
                assertThat(name.getString("IS_NULLABLE")).isEqualTo("NO");
            }
            dev.journeymaps.domain.board.MapBoard board = database.repository().loadBoard(mapId).orElseThrow();
            assertThat(board.stages()).hasSize(6);
            database.repository().change(mapId, 1, "alice", java.time.Instant.parse("2026-01-02T00:00:00Z"),
                    writer -> writer.insertStage(emoji, 6));
            assertThat(database.repository().loadBoard(mapId).orElseThrow().stages())
                    .extracting(dev.journeymaps.domain.board.Stage::name).contains(emoji);
        }
    }

    /** H2's default write delay acknowledges commits it can still lose on kill -9 (see StandaloneCrashIT). */
    @Test
    void anH2DatabaseWritesEachCommitBeforeAcknowledgingIt() throws Exception {
        String withoutSetting = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("other") + ";DB_CLOSE_ON_EXIT=FALSE";
        for (DatabaseConfig config : java.util.List.of(DatabaseConfig.h2File(dataDir), new DatabaseConfig(withoutSetting, "sa", ""))) {
            try (EmbeddedDatabase database = EmbeddedDatabase.open(config);
                 java.sql.Connection connection = database.dataSource().getConnection();
                 java.sql.ResultSet row = connection.createStatement().executeQuery(
                         "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).as(config.jdbcUrl()).isEqualTo("0");
            }
        }
    }

    @Test
    void configurationNeverPrintsThePassword() {
        assertThat(new DatabaseConfig("jdbc:postgresql://db/jm", "jm", "s3cret").toString()).doesNotContain("s3cret");
        assertThat(DatabaseConfig.h2File(dataDir).jdbcUrl()).startsWith("jdbc:h2:file:" + dataDir.toAbsolutePath());
    }
}

package dev.journeymaps.store.embedded;

import dev.journeymaps.domain.Limits;
import dev.journeymaps.domain.history.Snapshot;
import dev.journeymaps.store.StoreException;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

/**
 * Room for every character a limit allows, on H2. Limits count characters (code points), and PostgreSQL counts
 * VARCHAR lengths in characters too, but H2 counts UTF-16 units: a stage name of 120 emoji is 240 units and would
 * not fit the 120 the entity declares. So after Active Objects' migrate (which never changes a column's length)
 * the bounded columns of user text are widened to two units per character. Widening keeps every row; repeated
 * opens find them wide enough and do nothing.
 */
final class H2TextColumns {
    private static final List<Column> BOUNDED_TEXT = List.of(
            new Column("MAP", "TITLE", Limits.TITLE),
            new Column("PERSONA", "NAME", Limits.PERSONA_NAME),
            new Column("STAGE", "NAME", Limits.STAGE_NAME),
            new Column("LANE", "TITLE", Limits.LANE_TITLE),
            new Column("MAP_SNAPSHOT", "LABEL", Snapshot.LABEL_MAX));

    private H2TextColumns() {
    }

    static void widen(DataSource dataSource, String tablePrefix) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (Column column : BOUNDED_TEXT) {
                String table = tablePrefix + column.table();
                if (size(connection, table, column.name()) < column.units()) {
                    statement.execute("ALTER TABLE \"" + table + "\" ALTER COLUMN \"" + column.name()
                            + "\" SET DATA TYPE VARCHAR(" + column.units() + ")");
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Could not widen the text columns: " + e.getMessage(), e);
        }
    }

    /** The declared length in UTF-16 units, or the wanted size if the column is missing (nothing to do). */
    static int size(Connection connection, String table, String column) throws SQLException {
        try (ResultSet columns = connection.getMetaData().getColumns(null, "PUBLIC", table, column)) {
            return columns.next() ? columns.getInt("COLUMN_SIZE") : Integer.MAX_VALUE;
        }
    }

    /** A column holding at most {@code characters} characters, each up to two UTF-16 units. */
    private record Column(String table, String name, int characters) {
        int units() {
            return characters * 2;
        }
    }
}

package dev.journeymaps.store;

import java.sql.SQLException;

/** Classifies SQL failures found anywhere in an exception's cause chain. */
public final class SqlFailures {
    private SqlFailures() {
    }

    /**
     * True for a unique-key violation (SQLSTATE class 23), a serialization failure or deadlock (class 40),
     * or H2's lock timeout: all mean another transaction got to the row first.
     */
    public static boolean isConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    String state = e.getSQLState();
                    if (state != null && (state.startsWith("23") || state.startsWith("40") || state.equals("HYT00"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}

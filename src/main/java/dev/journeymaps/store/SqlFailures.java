package dev.journeymaps.store;

import java.sql.SQLException;

/** Classifies SQL failures found anywhere in an exception's cause chain. */
public final class SqlFailures {
    private static final String UNIQUE_VIOLATION = "23505";

    private SqlFailures() {
    }

    /**
     * True for a unique-key violation (SQLSTATE 23505), a serialization failure or deadlock (class 40), or H2's
     * lock timeout: all mean another transaction got to the row first. Other integrity failures (NOT NULL 23502,
     * CHECK 23513/23514, foreign key 23503) are not races: bad input that validation missed is a bug, never a 409.
     */
    public static boolean isConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    String state = e.getSQLState();
                    if (state != null && (state.equals(UNIQUE_VIOLATION) || state.startsWith("40") || state.equals("HYT00"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}

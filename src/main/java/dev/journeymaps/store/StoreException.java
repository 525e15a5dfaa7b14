package dev.journeymaps.store;

/** An unchecked wrapper for the SQL failures AO's {@code EntityManager} reports as checked exceptions. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}

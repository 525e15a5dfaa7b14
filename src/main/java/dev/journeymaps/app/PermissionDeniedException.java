package dev.journeymaps.app;

/** The user may see the project but not do this in it. Maps to 403. */
public class PermissionDeniedException extends RuntimeException {
    public PermissionDeniedException(String message) {
        super(message);
    }
}

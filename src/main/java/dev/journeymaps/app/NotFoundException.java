package dev.journeymaps.app;

/** The thing asked for does not exist (or the user may not know that it does). Maps to 404. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}

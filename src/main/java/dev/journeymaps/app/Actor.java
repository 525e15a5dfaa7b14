package dev.journeymaps.app;

/** The user a use case runs for: a Jira user key (stable) and a name to show. */
public record Actor(String userKey, String displayName) {
    public Actor {
        if (userKey == null || userKey.isBlank()) {
            throw new IllegalArgumentException("An actor needs a user key");
        }
        displayName = displayName == null || displayName.isBlank() ? userKey : displayName;
    }
}

package dev.journeymaps.app;

/**
 * A person in the {@link Directory}: the stable key we store, the username and the name we show, and their avatar's
 * URL ("" when unknown).
 */
public record DirectoryUser(String key, String username, String displayName, String avatarUrl) {
    public DirectoryUser(String key, String username, String displayName) {
        this(key, username, displayName, "");
    }

    public DirectoryUser {
        avatarUrl = avatarUrl == null ? "" : avatarUrl;
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("A directory user needs a key");
        }
        username = username == null || username.isBlank() ? key : username;
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
    }
}

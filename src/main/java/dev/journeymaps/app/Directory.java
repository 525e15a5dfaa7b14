package dev.journeymaps.app;

import java.util.List;
import java.util.Optional;

/**
 * Port: the people who can own maps and cards. In Jira, Jira's users ({@code UserSearchService},
 * {@code UserManager}); standalone without Jira, a small local directory.
 */
public interface Directory {

    /** At most {@code limit} active users whose name, username or e-mail matches {@code query}. */
    List<DirectoryUser> search(String query, int limit);

    /** The user with this key, if there is one (known without asking anyone: for names shown on pages). */
    Optional<DirectoryUser> user(String userKey);

    /** As {@link #search(String, int)}, asked as {@code actor} where the directory is someone else's (Jira over REST). */
    default List<DirectoryUser> search(Actor actor, String query, int limit) {
        return search(query, limit);
    }

    /** As {@link #user(String)}, asked as {@code actor} when the directory does not know the user yet. */
    default Optional<DirectoryUser> user(Actor actor, String userKey) {
        return user(userKey);
    }

    /**
     * The name to show for {@code userKey} to {@code actor}: the display name (asked as {@code actor}, see
     * {@link #user(Actor, String)}), else the key — also when the directory cannot answer right now.
     */
    default String displayName(Actor actor, String userKey) {
        if (userKey == null || userKey.isEmpty()) {
            return userKey == null ? "" : userKey;
        }
        try {
            return user(actor, userKey).map(DirectoryUser::displayName).orElse(userKey);
        } catch (RuntimeException e) {
            return userKey; // a name is a courtesy: Jira being down must not fail the answer
        }
    }
}

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

    /** The user with this key, if there is one. */
    Optional<DirectoryUser> user(String userKey);
}

package dev.journeymaps.app;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 409 names the other author the way people know them: by the display name the {@link Directory} gives (asked as the
 * user who got the conflict), by key only when the directory does not know them or cannot answer.
 */
class ConflictAuthorNameTest {
    private static final Actor CAROL = new Actor("JIRAUSER10200", "Carol Colleague");
    private static final ConflictException CONFLICT = new ConflictException(7, 58, 60,
            new ConflictException.Change(59, "JIRAUSER10100", "c12")).naming("'Slow refunds' was changed", 58);

    private static Directory knowing(Map<String, String> names) {
        return new Directory() {
            @Override
            public List<DirectoryUser> search(String query, int limit) {
                return List.of();
            }

            @Override
            public Optional<DirectoryUser> user(String userKey) {
                return Optional.ofNullable(names.get(userKey)).map(name -> new DirectoryUser(userKey, "alice", name));
            }
        };
    }

    @Test
    void aKnownAuthorIsNamedByDisplayNameAndKeptByKeyInTheFacts() {
        ConflictException named = CONFLICT.authorNamed(knowing(Map.of("JIRAUSER10100", "Alice Smith")), CAROL);

        assertThat(named.getMessage()).isEqualTo("'Slow refunds' was changed by Alice Smith at version 59 (you edited version 58,"
                + " it is now at version 60). Reload the map and apply your change again.").doesNotContain("JIRAUSER10100");
        assertThat(named.change()).get().satisfies(change -> {
            assertThat(change.authorKey()).isEqualTo("JIRAUSER10100");
            assertThat(change.authorName()).isEqualTo("Alice Smith");
        });
        assertThat(named.quotedVersion()).isEqualTo(58);
        assertThat(named.currentVersion()).isEqualTo(60);
    }

    @Test
    void anAuthorTheDirectoryDoesNotKnowIsNamedByKey() {
        ConflictException named = CONFLICT.authorNamed(knowing(Map.of()), CAROL);

        assertThat(named.getMessage()).startsWith("'Slow refunds' was changed by JIRAUSER10100 at version 59 (you edited version 58");
        assertThat(named.change()).get().extracting(ConflictException.Change::author).isEqualTo("JIRAUSER10100");
    }

    @Test
    void aDirectoryThatCannotAnswerLeavesTheKeyAndTheConflictAConflict() {
        Directory down = new Directory() {
            @Override
            public List<DirectoryUser> search(String query, int limit) {
                return List.of();
            }

            @Override
            public Optional<DirectoryUser> user(String userKey) {
                throw new IllegalStateException("Jira did not answer");
            }
        };

        assertThat(CONFLICT.authorNamed(down, CAROL).getMessage()).contains("changed by JIRAUSER10100 at version 59");
    }

    @Test
    void theDirectoryIsAskedAsTheUserWhoGotTheConflict() {
        Actor[] askedAs = new Actor[1];
        Directory overRest = new Directory() {
            @Override
            public List<DirectoryUser> search(String query, int limit) {
                return List.of();
            }

            @Override
            public Optional<DirectoryUser> user(String userKey) {
                return Optional.empty(); // not heard of on this node yet
            }

            @Override
            public Optional<DirectoryUser> user(Actor actor, String userKey) {
                askedAs[0] = actor;
                return Optional.of(new DirectoryUser(userKey, "alice", "Alice Smith"));
            }
        };

        assertThat(CONFLICT.authorNamed(overRest, CAROL).getMessage()).contains("changed by Alice Smith at version 59");
        assertThat(askedAs[0]).isEqualTo(CAROL);
    }

    @Test
    void aConflictWithoutAKnownRevisionIsLeftAsItIs() {
        ConflictException plain = new ConflictException(7, 58, 60);

        assertThat(plain.authorNamed(knowing(Map.of("JIRAUSER10100", "Alice Smith")), CAROL)).isSameAs(plain);
    }
}

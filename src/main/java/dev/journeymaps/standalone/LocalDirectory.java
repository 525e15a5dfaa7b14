package dev.journeymaps.standalone;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.journeymaps.app.Directory;
import dev.journeymaps.app.DirectoryUser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The people of a standalone server with no Jira: the local user and the demo team from
 * {@code demo/demo-team.json}, so maps and pain points can be given owners without a user directory.
 */
final class LocalDirectory implements Directory {
    private static final String TEAM = "demo/demo-team.json";

    private final List<DirectoryUser> users;

    LocalDirectory(List<DirectoryUser> users) {
        this.users = List.copyOf(users);
    }

    /** The local user plus the demo teammates. */
    static LocalDirectory withDemoTeam() {
        List<DirectoryUser> users = new ArrayList<>();
        users.add(new DirectoryUser(LocalUser.ACTOR.userKey(), LocalUser.ACTOR.userKey(), LocalUser.ACTOR.displayName()));
        users.addAll(readTeam());
        return new LocalDirectory(users);
    }

    @Override
    public List<DirectoryUser> search(String query, int limit) {
        String q = query.toLowerCase(Locale.ROOT).strip();
        return users.stream()
                .filter(user -> user.displayName().toLowerCase(Locale.ROOT).contains(q)
                        || user.username().toLowerCase(Locale.ROOT).contains(q))
                .limit(limit)
                .toList();
    }

    @Override
    public Optional<DirectoryUser> user(String userKey) {
        return users.stream().filter(user -> user.key().equals(userKey)).findFirst();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Teammate(String key, String name) {
    }

    private static List<DirectoryUser> readTeam() {
        try (InputStream in = LocalDirectory.class.getClassLoader().getResourceAsStream(TEAM)) {
            if (in == null) {
                throw new IllegalStateException("The demo team " + TEAM + " is missing from the classpath");
            }
            Teammate[] team = new ObjectMapper().readValue(in, Teammate[].class);
            return Arrays.stream(team).map(t -> new DirectoryUser(t.key(), t.key(), t.name())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("The demo team " + TEAM + " cannot be read", e);
        }
    }
}

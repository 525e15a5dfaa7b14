package dev.journeymaps.standalone.jira;

import dev.journeymaps.app.Actor;
import dev.journeymaps.app.Directory;
import dev.journeymaps.app.DirectoryUser;
import dev.journeymaps.jirarest.JiraPerson;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Owners and mentions are Jira's users: the picker asks Jira as the signed-in user (Cloud {@code user/search}, Data
 * Center {@code user/picker}), and an owner is accepted only if Jira knows them. Names shown on pages come from the
 * people Jira has named to us so far (picker answers, owner checks, everyone who signed in), kept in memory per node;
 * an owner this node has not heard of yet shows as their key.
 */
public final class JiraUserDirectory implements Directory {
    private final Function<Actor, dev.journeymaps.jirarest.JiraRestClient> clients;
    private final Map<String, DirectoryUser> known = new ConcurrentHashMap<>();

    public JiraUserDirectory(Function<Actor, dev.journeymaps.jirarest.JiraRestClient> clients) {
        this.clients = clients;
    }

    /** A user who signed in is a person Jira vouched for. */
    public void remember(Actor actor) {
        known.putIfAbsent(actor.userKey(), new DirectoryUser(actor.userKey(), actor.userKey(), actor.displayName()));
    }

    @Override
    public List<DirectoryUser> search(String query, int limit) {
        String q = query.toLowerCase(Locale.ROOT).strip();
        return known.values().stream().filter(user -> user.displayName().toLowerCase(Locale.ROOT).contains(q)).limit(limit).toList();
    }

    @Override
    public Optional<DirectoryUser> user(String userKey) {
        return Optional.ofNullable(known.get(userKey));
    }

    @Override
    public List<DirectoryUser> search(Actor actor, String query, int limit) {
        return clients.apply(actor).people(query, limit).stream().map(this::remember).toList();
    }

    @Override
    public Optional<DirectoryUser> user(Actor actor, String userKey) {
        DirectoryUser user = known.get(userKey);
        return user != null ? Optional.of(user) : clients.apply(actor).person(userKey).map(this::remember);
    }

    private DirectoryUser remember(JiraPerson person) {
        DirectoryUser user = new DirectoryUser(person.id(), person.username(), person.displayName(), person.avatarUrl());
        known.put(user.key(), user);
        return user;
    }
}

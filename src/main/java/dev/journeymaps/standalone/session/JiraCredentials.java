package dev.journeymaps.standalone.session;

import dev.journeymaps.jirarest.JiraConnection;

import java.net.URI;
import java.util.Optional;

/**
 * What a user signed in with: Cloud email + API token, Data Center username + password, or (no user) a Data Center
 * personal access token. Control characters are refused up front: no Jira credential contains one, and one in an
 * HTTP header would fail deep inside the HTTP client, with the secret in the exception's message.
 */
public record JiraCredentials(String user, String secret) {
    private static final char SEPARATOR = '\n';

    public JiraCredentials {
        user = user == null ? "" : user;
        secret = secret == null ? "" : secret;
    }

    /** Whether both parts are free of control characters (and so can be sent to Jira at all). */
    public boolean wellFormed() {
        return !secret.isEmpty() && user.chars().noneMatch(Character::isISOControl) && secret.chars().noneMatch(Character::isISOControl);
    }

    public JiraConnection connection(URI jira) {
        return user.isEmpty() ? JiraConnection.dataCenter(jira, secret) : JiraConnection.cloud(jira, user, secret);
    }

    String serialised() {
        return user + SEPARATOR + secret;
    }

    static Optional<JiraCredentials> deserialise(String text) {
        int split = text.indexOf(SEPARATOR);
        return split < 0 ? Optional.empty() : Optional.of(new JiraCredentials(text.substring(0, split), text.substring(split + 1)));
    }

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "JiraCredentials[user=" + user + ", secret=****]";
    }
}

package dev.journeymaps.jirarest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;

/**
 * How to reach one Jira: where it is, who we are, and how long we are prepared to wait for it.
 *
 * @param maxRetries   how often a 429 or 503 answer is retried after its {@code Retry-After}
 * @param maxRetryWait the most we sleep in total for retries of one call, so a user's request
 *                     never hangs on a Jira that asks us to come back in an hour
 */
public record JiraConnection(URI baseUrl, Auth auth, Duration connectTimeout, Duration requestTimeout,
                             int maxRetries, Duration maxRetryWait) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_MAX_RETRIES = 3;
    public static final Duration DEFAULT_MAX_RETRY_WAIT = Duration.ofSeconds(20);

    public JiraConnection {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(maxRetryWait, "maxRetryWait");
        if (!"http".equals(baseUrl.getScheme()) && !"https".equals(baseUrl.getScheme())) {
            throw new IllegalArgumentException("Jira's base URL must be http or https: " + baseUrl);
        }
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must not be negative");
        }
        String url = baseUrl.toString();
        baseUrl = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    /** Jira Data Center with a personal access token. */
    public static JiraConnection dataCenter(URI baseUrl, String personalAccessToken) {
        return withDefaults(baseUrl, new PersonalAccessToken(personalAccessToken));
    }

    /** Jira Cloud with an Atlassian account's email and API token. */
    public static JiraConnection cloud(URI baseUrl, String email, String apiToken) {
        return withDefaults(baseUrl, new ApiToken(email, apiToken));
    }

    private static JiraConnection withDefaults(URI baseUrl, Auth auth) {
        return new JiraConnection(baseUrl, auth, DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT,
                DEFAULT_MAX_RETRIES, DEFAULT_MAX_RETRY_WAIT);
    }

    public JiraConnection withTimeouts(Duration connect, Duration request) {
        return new JiraConnection(baseUrl, auth, connect, request, maxRetries, maxRetryWait);
    }

    public JiraConnection withRetries(int retries, Duration maxWait) {
        return new JiraConnection(baseUrl, auth, connectTimeout, requestTimeout, retries, maxWait);
    }

    URI resolve(String pathAndQuery) {
        return URI.create(baseUrl + pathAndQuery);
    }

    /** Credentials; {@code toString} never shows the secret, so connections can be logged. */
    public sealed interface Auth permits PersonalAccessToken, ApiToken {
        String authorizationHeader();
    }

    public record PersonalAccessToken(String token) implements Auth {
        public PersonalAccessToken {
            requireText(token, "token");
        }

        @Override
        public String authorizationHeader() {
            return "Bearer " + token;
        }

        @Override
        public String toString() {
            return "PersonalAccessToken[****]";
        }
    }

    public record ApiToken(String email, String token) implements Auth {
        public ApiToken {
            requireText(email, "email");
            requireText(token, "token");
        }

        @Override
        public String authorizationHeader() {
            String pair = email + ":" + token;
            return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return "ApiToken[email=" + email + ", token=****]";
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Jira credentials need a " + name);
        }
    }
}

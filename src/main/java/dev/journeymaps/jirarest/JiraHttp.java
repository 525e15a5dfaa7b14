package dev.journeymaps.jirarest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.journeymaps.app.work.tracker.IssueTrackerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * JSON over HTTP to one Jira: authentication, timeouts, waiting out 429/503 as Jira asks (within
 * limits), and turning every failure into an {@link IssueTrackerException}.
 */
final class JiraHttp {
    private static final Logger log = LoggerFactory.getLogger(JiraHttp.class);
    /** When a 429/503 comes without Retry-After, wait this long before trying again. */
    private static final Duration DEFAULT_RETRY_DELAY = Duration.ofSeconds(1);

    private final JiraConnection connection;
    private final ObjectMapper json;
    private final HttpClient client;

    JiraHttp(JiraConnection connection, ObjectMapper json) {
        this(connection, json, newClient(connection.connectTimeout()));
    }

    /** Over a shared client: one connection pool and selector thread per Jira site, not per user. */
    JiraHttp(JiraConnection connection, ObjectMapper json, HttpClient client) {
        this.connection = connection;
        this.json = json;
        this.client = client;
    }

    static HttpClient newClient(Duration connectTimeout) {
        // No redirects: following one would send our credentials wherever it points.
        return HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    JsonNode get(String pathAndQuery) {
        return send(request(pathAndQuery).GET(), "GET " + pathAndQuery, true);
    }

    /** A GET that gives up after {@code timeout}, shorter than the connection's: for answers that are a nicety. */
    JsonNode get(String pathAndQuery, Duration timeout) {
        return send(request(pathAndQuery).timeout(timeout).GET(), "GET " + pathAndQuery, true);
    }

    /** A POST that only reads (search): safe to repeat after a 503. */
    JsonNode post(String path, JsonNode body) {
        return post(path, body, true);
    }

    /**
     * A POST that creates something: repeated after 429 (Jira did not process it) but never after 503,
     * where Jira may have created the issue before failing, and a retry would make a duplicate.
     */
    JsonNode postOnce(String path, JsonNode body) {
        return post(path, body, false);
    }

    private JsonNode post(String path, JsonNode body, boolean idempotent) {
        String text;
        try {
            text = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a JSON tree", e);
        }
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text)), "POST " + path, idempotent);
    }

    ObjectMapper json() {
        return json;
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(connection.resolve(pathAndQuery))
                .timeout(connection.requestTimeout())
                .header("Accept", "application/json")
                .header("Authorization", connection.auth().authorizationHeader());
    }

    private JsonNode send(HttpRequest.Builder builder, String what, boolean idempotent) {
        HttpRequest request = builder.build();
        Duration waited = Duration.ZERO;
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> response = exchange(request, what);
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return parse(response.body(), what);
            }
            if (status == 429 || status == 503 && idempotent) {
                Duration delay = retryAfter(response).orElse(DEFAULT_RETRY_DELAY);
                Duration total = waited.plus(delay);
                if (attempt < connection.maxRetries() && total.compareTo(connection.maxRetryWait()) <= 0) {
                    log.info("Jira answered {} to {}; retrying in {} s", status, what, delay.toSeconds());
                    sleep(delay, what);
                    waited = total;
                    continue;
                }
            }
            if (status >= 300 && status < 400) {
                // A wrong base URL (http for https, a context path, a login page in front of Jira).
                String location = response.headers().firstValue("Location").orElse("?");
                throw IssueTrackerException.unavailable(
                        "Jira redirected " + what + " to " + location + "; check Jira's base URL", null);
            }
            Optional<String> denied = response.headers().firstValue(JiraErrors.DENIED_REASON);
            if (status == 403 && denied.isPresent()) {
                throw JiraErrors.denied(denied.get(), what);
            }
            throw JiraErrors.from(status, response.body(), what, json);
        }
    }

    private HttpResponse<String> exchange(HttpRequest request, String what) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            // Connection refused, reset, DNS, TLS, or HttpTimeoutException: Jira is not there for us now.
            throw IssueTrackerException.unavailable("Jira did not answer " + what + " (" + why(e) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw IssueTrackerException.unavailable("Interrupted while waiting for Jira: " + what, e);
        }
    }

    /** In words for the warning users see; the exception itself goes to the log with the cause. */
    private static String why(IOException e) {
        if (e instanceof java.net.http.HttpConnectTimeoutException) {
            return "no connection within the connect timeout";
        }
        if (e instanceof java.net.http.HttpTimeoutException) {
            return "no answer within the request timeout";
        }
        if (e instanceof java.net.ConnectException) {
            return "connection refused";
        }
        return e.getMessage() == null ? "connection failed" : "connection failed: " + e.getMessage();
    }

    private JsonNode parse(String body, String what) {
        if (body == null || body.isBlank()) {
            return json.missingNode();
        }
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw IssueTrackerException.unavailable("Jira answered " + what + " with something that is not JSON", e);
        }
    }

    /** Jira sends Retry-After in seconds; an HTTP date or garbage means "use the default". */
    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After")
                .map(String::strip)
                .filter(value -> value.matches("\\d{1,9}"))
                .map(value -> Duration.ofSeconds(Long.parseLong(value)));
    }

    private static void sleep(Duration delay, String what) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw IssueTrackerException.unavailable("Interrupted while waiting to retry " + what, e);
        }
    }
}

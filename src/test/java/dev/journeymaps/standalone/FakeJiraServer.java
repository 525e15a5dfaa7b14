package dev.journeymaps.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A stand-in Jira, Data Center or Cloud, for the standalone server's tests, written from Atlassian's REST reference
 * (not from what our client sends): Data Center takes personal access tokens ({@code alice-pat}) and answers
 * {@code POST /rest/api/2/search} by {@code startAt}, refusing an {@code id in (…)} naming an issue the user cannot see
 * with 400 unless {@code validateQuery} is false; Cloud takes email + API token ({@code alice@example.com:alice-token}),
 * answers 410 Gone on the old search and serves {@code /rest/api/3/search/jql}, leaving out what the user cannot see
 * and what its index does not hold yet (unless named in {@code reconcileIssues}). Alice may edit projects SHOP and SEC;
 * Bob may only browse SHOP. Tests make it slow, rate limiting, or refuse a user's token ({@link Behaviour}).
 */
public final class FakeJiraServer implements AutoCloseable {
    static {
        // Jira's Tomcat sets TCP_NODELAY; the JDK's HttpServer only when told (read when its first server starts). Without
        // it every answer waits on Nagle and the client's delayed ACK: ~40 ms a call on loopback, minutes over 5,000 links.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    public enum Flavour { DATA_CENTER, CLOUD }

    /** Kept for the tests written before the stand-in grew: an issue of the stand-in. */
    public record Issue(long id, String key, String summary, String type, String status, String category) {
    }

    /** How the stand-in misbehaves; every field may change while it runs. */
    public static final class Behaviour {
        public volatile Duration delay = Duration.ZERO;
        volatile Duration readBackDelay = Duration.ZERO;
        volatile int retryAfterSeconds;
        final Set<String> refusedUsers = ConcurrentHashMap.newKeySet();
        /** Data Center after too many failed logins: 403 with X-Authentication-Denied-Reason: CAPTCHA_CHALLENGE. */
        final Set<String> captchaUsers = ConcurrentHashMap.newKeySet();
        final Set<Long> notIndexedYet = ConcurrentHashMap.newKeySet();
        /** Cloud: issues it creates stay out of search/jql until named in reconcileIssues. */
        volatile boolean searchLag;
    }

    static final Map<String, Map<String, Set<String>>> PERMISSIONS = Map.of(
            "alice", Map.of("SHOP", Set.of("BROWSE_PROJECTS", "EDIT_ISSUES", "CREATE_ISSUES"),
                    "SEC", Set.of("BROWSE_PROJECTS", "EDIT_ISSUES", "CREATE_ISSUES")),
            "bob", Map.of("SHOP", Set.of("BROWSE_PROJECTS")),
            "carol", Map.of("SHOP", Set.of("BROWSE_PROJECTS", "EDIT_ISSUES")));

    /** The display name Jira gives each of the stand-in's users. */
    static String displayName(String user) {
        return switch (user) {
            case "alice" -> "Alice Editor";
            case "carol" -> "Carol Colleague";
            default -> "Bob Browser";
        };
    }

    final Flavour flavour;
    public final Behaviour behaviour = new Behaviour();
    public final StandInIssues issues = new StandInIssues();
    final List<String> searches = new CopyOnWriteArrayList<>();
    final List<String> requests = new CopyOnWriteArrayList<>();
    /** Every request as received: method, path, raw query and JSON body (missing when there is none). */
    public final List<Received> received = new CopyOnWriteArrayList<>();

    public record Received(String method, String path, String rawQuery, JsonNode body) {
    }
    /** The body of every create Jira accepted, by the new issue's id. */
    public final Map<Long, JsonNode> created = new ConcurrentHashMap<>();
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final StandInRoutes routes;

    public FakeJiraServer() {
        this(Flavour.DATA_CENTER);
    }

    public FakeJiraServer(Flavour flavour) {
        this.flavour = flavour;
        this.routes = new StandInRoutes(this);
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    public FakeJiraServer with(Issue issue) {
        issues.add(new StandInIssues.Issue(issue.id(), issue.key(), issue.summary(), issue.type(), issue.status(), issue.category()));
        return this;
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** What to type into the sign-in form as this user: username (Cloud: email) and secret. */
    public String[] credentials(String user) {
        return flavour == Flavour.CLOUD ? new String[]{user + "@example.com", user + "-token"} : new String[]{"", user + "-pat"};
    }

    /** Closes the port: from now on connections are refused. */
    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            pause(path.matches("/rest/api/[23]/issue/[0-9]+") ? behaviour.readBackDelay.plus(behaviour.delay) : behaviour.delay);
            String user = user(exchange.getRequestHeaders().getFirst("Authorization"));
            if (path.equals("/rest/api/2/serverInfo")) {
                received.add(new Received(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
                        StandInIssues.JSON.missingNode()));
                send(exchange, 200, StandInIssues.JSON.createObjectNode()
                        .put("deploymentType", flavour == Flavour.CLOUD ? "Cloud" : "Server").put("version", flavour == Flavour.CLOUD ? "1001.0.0" : "11.3.0"));
            } else if (behaviour.retryAfterSeconds > 0) {
                exchange.getResponseHeaders().add("Retry-After", Integer.toString(behaviour.retryAfterSeconds));
                send(exchange, 429, errors("Rate limit exceeded."));
            } else if (user != null && behaviour.captchaUsers.contains(user)) {
                exchange.getResponseHeaders().add("X-Authentication-Denied-Reason", "CAPTCHA_CHALLENGE; login-url=" + url() + "/login.jsp");
                send(exchange, 403, errors("CAPTCHA_CHALLENGE"));
            } else if (user == null || behaviour.refusedUsers.contains(user)) {
                send(exchange, 401, errors("You are not authenticated. Authentication required to perform this operation."));
            } else {
                byte[] body = exchange.getRequestBody().readAllBytes();
                received.add(new Received(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
                        body.length == 0 ? StandInIssues.JSON.missingNode() : StandInIssues.JSON.readTree(body)));
                StandInRoutes.Answer answer = routes.answer(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
                        body, user);
                answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
                send(exchange, answer.status(), answer.body());
            }
        }
    }

    /** Data Center: a personal access token; Cloud: Basic email:API token (DC also takes Basic user:password). */
    private String user(String authorization) {
        if (authorization == null) {
            return null;
        }
        if (authorization.startsWith("Bearer ") && flavour == Flavour.DATA_CENTER) {
            String token = authorization.substring(7);
            return token.endsWith("-pat") && PERMISSIONS.containsKey(token.substring(0, token.length() - 4))
                    ? token.substring(0, token.length() - 4) : null;
        }
        if (authorization.startsWith("Basic ")) {
            String[] pair = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8).split(":", 2);
            String user = pair[0].replace("@example.com", "");
            boolean ok = pair.length == 2 && PERMISSIONS.containsKey(user) && pair[1].equals(
                    flavour == Flavour.CLOUD ? user + "-token" : user + "-password");
            return ok ? user : null;
        }
        return null;
    }

    static boolean may(String user, String project, String permission) {
        return PERMISSIONS.getOrDefault(user, Map.of()).getOrDefault(project, Set.of()).contains(permission);
    }

    private static void pause(Duration delay) {
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static ObjectNode errors(String message) {
        ObjectNode errors = StandInIssues.JSON.createObjectNode();
        errors.putArray("errorMessages").add(message);
        errors.putObject("errors");
        return errors;
    }

    static ObjectNode fieldError(String field, String message) {
        ObjectNode errors = StandInIssues.JSON.createObjectNode();
        errors.putArray("errorMessages");
        errors.putObject("errors").put(field, message);
        return errors;
    }

    private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json;charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    static ArrayNode array() {
        return StandInIssues.array();
    }

    static Map<String, String> form(String... pairs) {
        java.util.LinkedHashMap<String, String> form = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }
}

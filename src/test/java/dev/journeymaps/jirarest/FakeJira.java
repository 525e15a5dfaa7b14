package dev.journeymaps.jirarest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A local Jira that answers with the documented bodies in {@code src/test/resources/jira-rest/} and
 * records every request, so tests can assert what the client asked for and how often.
 */
final class FakeJira implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Map<String, Deque<Function<Request, Reply>>> routes = new HashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    FakeJira() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        // Requests are answered in parallel, as Jira does (a client's parallel searches must be able to overlap).
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    static FakeJira dataCenter() {
        return new FakeJira().on("GET", "/rest/api/2/serverInfo", Reply.fixture(200, "serverInfo-dc.json"));
    }

    static FakeJira cloud() {
        return new FakeJira().on("GET", "/rest/api/2/serverInfo", Reply.fixture(200, "serverInfo-cloud.json"));
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Answers the next call to {@code method path} with {@code reply}; the last reply given repeats. */
    FakeJira on(String method, String path, Reply reply) {
        return on(method, path, request -> reply);
    }

    FakeJira on(String method, String path, Function<Request, Reply> replies) {
        synchronized (routes) {
            routes.computeIfAbsent(method + " " + path, key -> new ArrayDeque<>()).add(replies);
        }
        return this;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    List<Request> requests(String method, String path) {
        return requests.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Request request = Request.of(exchange);
            requests.add(request);
            Reply reply = replyFor(request);
            reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json;charset=UTF-8");
            exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    private Reply replyFor(Request request) {
        Function<Request, Reply> next;
        synchronized (routes) {
            Deque<Function<Request, Reply>> queue = routes.get(request.method() + " " + request.path());
            if (queue == null || queue.isEmpty()) {
                return new Reply(404, "{\"errorMessages\":[\"Null for uri: " + request.path() + "\"],\"errors\":{}}",
                        Map.of());
            }
            next = queue.size() > 1 ? queue.poll() : queue.peek();
        }
        return next.apply(request);
    }

    record Request(String method, String path, Map<String, String> query, String authorization, JsonNode body,
                   Instant at) {

        String jql() {
            return body.path("jql").asText();
        }

        List<String> fields() {
            List<String> fields = new ArrayList<>();
            body.path("fields").forEach(field -> fields.add(field.asText()));
            return fields;
        }

        static Request of(HttpExchange exchange) throws IOException {
            URI uri = exchange.getRequestURI();
            Map<String, String> query = new HashMap<>();
            if (uri.getRawQuery() != null) {
                for (String pair : uri.getRawQuery().split("&")) {
                    String[] parts = pair.split("=", 2);
                    query.put(decode(parts[0]), parts.length > 1 ? decode(parts[1]) : "");
                }
            }
            byte[] bytes;
            try (InputStream in = exchange.getRequestBody()) {
                bytes = in.readAllBytes();
            }
            JsonNode body = bytes.length == 0 ? JSON.missingNode() : JSON.readTree(bytes);
            return new Request(exchange.getRequestMethod(), uri.getPath(), query,
                    exchange.getRequestHeaders().getFirst("Authorization"), body, Instant.now());
        }

        private static String decode(String value) {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        }
    }

    record Reply(int status, String body, Map<String, String> headers) {

        static Reply fixture(int status, String name) {
            return new Reply(status, Fixtures.text(name), Map.of());
        }

        static Reply json(int status, JsonNode body) {
            return new Reply(status, body.toString(), Map.of());
        }

        Reply withHeader(String name, String value) {
            Map<String, String> all = new HashMap<>(headers);
            all.put(name, value);
            return new Reply(status, body, all);
        }
    }
}

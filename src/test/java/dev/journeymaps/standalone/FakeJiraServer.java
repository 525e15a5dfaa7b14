package dev.journeymaps.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Jira Data Center for the standalone server's tests, in Jira's documented shapes: personal access tokens
 * name the user ({@code alice-pat} may edit project SHOP, {@code bob-pat} may only browse it), and a few issues.
 */
final class FakeJiraServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern IDS = Pattern.compile("id in \\(([0-9, ]+)\\)");

    record Issue(long id, String key, String summary, String type, String status, String category) {
    }

    private final HttpServer server;
    private final List<Issue> issues = new CopyOnWriteArrayList<>();
    final List<String> searches = new CopyOnWriteArrayList<>();

    FakeJiraServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    FakeJiraServer with(Issue issue) {
        issues.add(issue);
        return this;
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String auth = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
            String user = auth.equals("Bearer alice-pat") ? "alice" : auth.equals("Bearer bob-pat") ? "bob" : null;
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/rest/api/2/serverInfo")) {
                send(exchange, 200, JSON.createObjectNode().put("deploymentType", "Server").put("version", "11.0.0"));
            } else if (user == null) {
                send(exchange, 401, errors("You are not authenticated."));
            } else if (path.equals("/rest/api/2/myself")) {
                send(exchange, 200, JSON.createObjectNode().put("key", "JIRAUSER-" + user).put("name", user)
                        .put("displayName", user.equals("alice") ? "Alice Editor" : "Bob Browser"));
            } else if (path.equals("/rest/api/2/mypermissions")) {
                boolean shop = exchange.getRequestURI().getQuery().contains("projectKey=SHOP");
                ObjectNode permissions = JSON.createObjectNode();
                ObjectNode granted = permissions.putObject("permissions");
                granted.putObject("BROWSE_PROJECTS").put("havePermission", shop);
                granted.putObject("EDIT_ISSUES").put("havePermission", shop && user.equals("alice"));
                granted.putObject("ADMINISTER_PROJECTS").put("havePermission", false);
                send(exchange, 200, permissions);
            } else if (path.equals("/rest/api/2/search")) {
                JsonNode body = JSON.readTree(exchange.getRequestBody());
                String jql = body.path("jql").asText();
                searches.add(jql);
                send(exchange, 200, search(jql));
            } else {
                send(exchange, 404, errors("Null for uri: " + path));
            }
        }
    }

    private JsonNode search(String jql) {
        ObjectNode answer = JSON.createObjectNode().put("startAt", 0).put("maxResults", 100);
        ArrayNode found = answer.putArray("issues");
        Matcher ids = IDS.matcher(jql);
        for (Issue issue : issues) {
            boolean wanted = ids.find(0) ? List.of(ids.group(1).split(",")).stream().map(String::strip)
                    .anyMatch(id -> id.equals(Long.toString(issue.id())))
                    : jql.toUpperCase().contains("\"" + issue.key() + "\"");
            if (wanted) {
                ObjectNode node = found.addObject().put("id", Long.toString(issue.id())).put("key", issue.key());
                ObjectNode fields = node.putObject("fields").put("summary", issue.summary());
                fields.putObject("issuetype").put("name", issue.type());
                ObjectNode status = fields.putObject("status").put("name", issue.status());
                status.putObject("statusCategory").put("key", issue.category());
                fields.putNull("assignee");
            }
        }
        answer.put("total", found.size());
        return answer;
    }

    private static JsonNode errors(String message) {
        ObjectNode errors = JSON.createObjectNode();
        errors.putArray("errorMessages").add(message);
        errors.putObject("errors");
        return errors;
    }

    private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json;charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    static Map<String, String> form(String... pairs) {
        java.util.LinkedHashMap<String, String> form = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }
}

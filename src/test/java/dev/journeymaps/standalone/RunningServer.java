package dev.journeymaps.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.journeymaps.store.embedded.DatabaseConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

/** A standalone server on a random port over a fresh H2 database, and a small JSON client for it. */
final class RunningServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    final StandaloneServer server;
    final Path dataDir;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RunningServer(StandaloneServer server, Path dataDir) {
        this.server = server;
        this.dataDir = dataDir;
    }

    static RunningServer start(boolean demo) {
        try {
            Path dataDir = Files.createTempDirectory("journeymaps-test");
            return start(dataDir, demo);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RunningServer start(Path dataDir, boolean demo) {
        return start(dataDir, demo, UnaryOperator.identity());
    }

    /** A server whose database connections pass through {@code decorate} (a statement counter, say). */
    static RunningServer start(Path dataDir, boolean demo, UnaryOperator<DataSource> decorate) {
        StandaloneServer server = StandaloneServer.start(
                new StandaloneConfig("127.0.0.1", 0, DatabaseConfig.h2File(dataDir), demo), decorate);
        return new RunningServer(server, dataDir);
    }

    /** A server on any database (PostgreSQL, say), its connections passing through {@code decorate}. */
    static RunningServer start(DatabaseConfig database, Path dataDir, UnaryOperator<DataSource> decorate) {
        StandaloneServer server = StandaloneServer.start(new StandaloneConfig("127.0.0.1", 0, database, false), decorate);
        return new RunningServer(server, dataDir);
    }

    String url(String path) {
        return server.baseUrl() + path;
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET());
    }

    Reply post(String path, String json) {
        return send(json(path).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply put(String path, String json) {
        return send(json(path).PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).DELETE());
    }

    Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder json(String path) {
        return HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "application/json");
    }

    @Override
    public void close() {
        server.close();
    }

    record Reply(int status, String body, String location) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON (status " + status + "): " + body, e);
            }
        }
    }
}

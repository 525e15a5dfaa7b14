package dev.journeymaps.standalone;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A standalone server over a fresh H2 database (with or without the demo) for tests in other packages, such as the
 * board's browser tests in {@code standalone.browser}; a thin public face of {@link RunningServer}.
 */
public final class TestServer implements AutoCloseable {
    private final RunningServer server;

    private TestServer(RunningServer server) {
        this.server = server;
    }

    public static TestServer start(boolean demo) {
        return new TestServer(RunningServer.start(demo));
    }

    public String url(String path) {
        return server.url(path);
    }

    /** GET of a JSON resource; fails unless it answers 200. */
    public JsonNode json(String path) {
        RunningServer.Reply reply = server.get(path);
        if (reply.status() != 200) {
            throw new AssertionError(path + " answered " + reply.status() + ": " + reply.body());
        }
        return reply.json();
    }

    /** POST of JSON; answers the status code. */
    public int post(String path, String json) {
        return server.post(path, json).status();
    }

    /** PUT of JSON; answers the status code. */
    public int put(String path, String json) {
        return server.put(path, json).status();
    }

    @Override
    public void close() {
        server.close();
    }
}

package dev.journeymaps.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Jiras that fail the way networks do: a closed port, or one that accepts connections and never answers. */
public final class DeadJira implements AutoCloseable {
    private final ServerSocket blackHole;
    private final List<Socket> held = new CopyOnWriteArrayList<>();

    private DeadJira(ServerSocket blackHole) {
        this.blackHole = blackHole;
        Thread acceptor = new Thread(() -> {
            try {
                while (!blackHole.isClosed()) {
                    held.add(blackHole.accept()); // accept, then say nothing
                }
            } catch (IOException closed) {
                // the test is over
            }
        }, "dead-jira");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** The address of a port nothing listens on: connections are refused at once. */
    public static URI closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Jira that accepts every connection and never sends a byte; close it when the test is done. */
    public static DeadJira silent() {
        try {
            return new DeadJira(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + blackHole.getLocalPort());
    }

    @Override
    public void close() throws IOException {
        blackHole.close();
        for (Socket socket : held) {
            socket.close();
        }
    }
}

package dev.journeymaps.standalone;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 exchange over a plain socket, for requests a well-behaved client will not send: a foreign
 * {@code Host} header, a malformed request line, control characters.
 */
final class RawHttp {
    private RawHttp() {
    }

    record Answer(int status, String head, String body) {
        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return null;
        }
    }

    /** Sends {@code request} (with {@code Connection: close} added after the request line) and reads the whole answer. */
    static Answer exchange(int port, String request) {
        int lineEnd = request.indexOf("\r\n");
        String closing = request.substring(0, lineEnd + 2) + "Connection: close\r\n" + request.substring(lineEnd + 2);
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(closing.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            int split = -1;
            int next;
            while (split < 0 && (next = in.read()) >= 0) { // the head, byte by byte
                all.write(next);
                split = all.toString(StandardCharsets.ISO_8859_1).indexOf("\r\n\r\n");
            }
            String head = all.toString(StandardCharsets.ISO_8859_1).substring(0, Math.max(0, split));
            Answer headOnly = new Answer(Integer.parseInt(head.substring(9, 12)), head, "");
            String length = headOnly.header("Content-Length");
            // With a length, read just the body: the server may still be discarding an unread request body.
            byte[] body = length != null ? in.readNBytes(Integer.parseInt(length)) : in.readAllBytes();
            return new Answer(headOnly.status(), head, new String(body, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Answer request(int port, String method, String path, String host, String... headers) {
        return withBody(port, method, path, host, "", headers);
    }

    /** With a body (and its Content-Length) after the headers. */
    static Answer withBody(int port, String method, String path, String host, String body, String... headers) {
        StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        if (!body.isEmpty()) {
            request.append("Content-Length: ").append(body.getBytes(StandardCharsets.UTF_8).length).append("\r\n");
        }
        return exchange(port, request.append("\r\n").append(body).toString());
    }
}

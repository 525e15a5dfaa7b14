package dev.journeymaps.standalone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule: a request body over the limit is refused before it is read. The packaged server with a 512 MB heap gets
 * 16 parallel 100 MB JSON bodies (half with a declared length, half chunked without one): every one gets 413, the
 * server runs out of nothing and answers normally afterwards. (Without the limit, 16 such bodies took a 1 GB heap
 * to OutOfMemoryError.)
 */
class BodyLimitIT {
    private static final long HUNDRED_MB = 100L * 1024 * 1024;
    private static final int PARALLEL = 16;

    @Test
    void sixteenParallelHundredMegabyteBodiesAllGet413AndTheServerStaysHealthy(@TempDir Path data) throws Exception {
        try (ServerProcess server = ServerProcess.start(List.of("-Xmx512m"), "--data-dir", data.toString())) {
            ExecutorService pool = Executors.newFixedThreadPool(PARALLEL * 2);
            try {
                List<Future<Integer>> answers = new ArrayList<>();
                for (int i = 0; i < PARALLEL; i++) {
                    boolean chunked = i % 2 == 1;
                    answers.add(pool.submit(() -> post(server.port(), chunked, pool)));
                }
                for (Future<Integer> answer : answers) {
                    assertThat(answer.get(5, TimeUnit.MINUTES)).isEqualTo(413);
                }
            } finally {
                pool.shutdownNow();
            }
            RawHttp.Answer health = RawHttp.request(server.port(), "GET", "/rest/journeymaps/1.0/maps?projectKey=DEMO", "127.0.0.1");
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.body()).contains("evaluation to first value");
            assertThat(server.process.isAlive()).isTrue();
            assertThat(server.log()).doesNotContain("OutOfMemoryError");
        }
    }

    /** Sends a 100 MB JSON array while reading the answer; returns its status (the upload may be cut short). */
    private static int post(int port, boolean chunked, ExecutorService pool) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /rest/journeymaps/1.0/maps HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/json\r\n"
                    + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + HUNDRED_MB + "\r\n") + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            Future<?> upload = pool.submit(() -> upload(out, chunked));
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            String statusLine = in.readLine();
            upload.cancel(true);
            assertThat(statusLine).as("an answer before the connection closed").isNotNull();
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }

    private static void upload(OutputStream out, boolean chunked) {
        byte[] block = new byte[64 * 1024];
        Arrays.fill(block, (byte) ' ');
        block[0] = '[';
        try {
            for (long sent = 0; sent < HUNDRED_MB; sent += block.length) {
                if (chunked) {
                    out.write((Integer.toHexString(block.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                }
                out.write(block);
                if (chunked) {
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                block[0] = ' ';
            }
            if (chunked) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
        } catch (IOException e) {
            // The server refused the rest of the body and closed the connection: as intended.
        }
    }
}

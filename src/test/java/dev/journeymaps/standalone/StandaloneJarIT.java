package dev.journeymaps.standalone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged standalone server, as the README runs it: starts, serves the demo, stops on SIGTERM, keeps data. */
class StandaloneJarIT {
    private static final Pattern URL = Pattern.compile("running at (http://[^/\\s]+)/");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theJarServesTheDemoStopsCleanlyOnSigtermAndKeepsItsDataAcrossRestarts(@TempDir Path data) throws Exception {
        String firstList;
        Process first = start(data);
        try {
            String base = awaitUrl(first);
            HttpResponse<String> home = get(base + "/");
            assertThat(home.statusCode()).isEqualTo(302);
            HttpResponse<String> page = get(base + home.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""));
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("evaluation to first value");
            firstList = get(base + "/rest/journeymaps/1.0/maps?projectKey=DEMO").body();
        } finally {
            first.destroy(); // SIGTERM
        }
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).as("stops within 30 s of SIGTERM").isTrue();
        assertThat(first.exitValue()).isIn(0, 143);

        Process second = start(data);
        try {
            String base = awaitUrl(second);
            assertThat(get(base + "/rest/journeymaps/1.0/maps?projectKey=DEMO").body()).isEqualTo(firstList);
        } finally {
            second.destroy();
            second.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static Process start(Path data) throws IOException {
        Path jar = Path.of("target", "journey-maps.jar");
        assertThat(jar).exists();
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--port", "0", "--data-dir", data.toString())
                .redirectErrorStream(true).start();
    }

    private static String awaitUrl(Process process) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String line;
        while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
            seen.append(line).append('\n');
            Matcher matcher = URL.matcher(line);
            if (matcher.find()) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "drain");
                drain.setDaemon(true);
                drain.start();
                return matcher.group(1);
            }
        }
        throw new AssertionError("The server did not report its address. Output:\n" + seen);
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

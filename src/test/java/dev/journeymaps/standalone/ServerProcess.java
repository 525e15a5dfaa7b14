package dev.journeymaps.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged server ({@code target/journey-maps.jar}) as a process, its output (the whole log) kept in a file. */
final class ServerProcess implements AutoCloseable {
    private static final Pattern URL = Pattern.compile("running at (http://[^/\\s]+)/");

    final Process process;
    final Path output;
    final String baseUrl;

    private ServerProcess(Process process, Path output, String baseUrl) {
        this.process = process;
        this.output = output;
        this.baseUrl = baseUrl;
    }

    /** Starts the jar with {@code jvmOptions} and {@code arguments} and waits (60 s at most) for it to listen. */
    static ServerProcess start(List<String> jvmOptions, String... arguments) {
        Path jar = Path.of(System.getProperty("main.jar", "target/journey-maps.jar"));
        assertThat(jar).exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "--port", "0"));
        command.addAll(List.of(arguments));
        try {
            Path output = Files.createTempFile("journeymaps-server", ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline && process.isAlive()) {
                Matcher matcher = URL.matcher(Files.readString(output, StandardCharsets.UTF_8));
                if (matcher.find()) {
                    return new ServerProcess(process, output, matcher.group(1));
                }
                Thread.sleep(100);
            }
            process.destroyForcibly();
            throw new AssertionError("The server did not report its address. Output:\n" + Files.readString(output));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    int port() {
        return Integer.parseInt(baseUrl.substring(baseUrl.lastIndexOf(':') + 1));
    }

    /** Everything the server printed so far: its log. */
    String log() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code kill -9}: no shutdown hook, no flush, no goodbye. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}

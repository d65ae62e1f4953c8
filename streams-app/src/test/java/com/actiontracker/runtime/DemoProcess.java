package com.actiontracker.runtime;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code tracker demo} in a child JVM, as a user runs it, so that a test can kill it with SIGKILL (nothing in the
 * process gets to clean up) and start it again on the same data directory.
 */
final class DemoProcess implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final Path log;
    private final int httpPort;
    private final int kafkaPort;

    private DemoProcess(Process process, Path log, int httpPort, int kafkaPort) {
        this.process = process;
        this.log = log;
        this.httpPort = httpPort;
        this.kafkaPort = kafkaPort;
    }

    /**
     * @param extraArgs more options of {@code tracker demo}
     * @param env       more environment variables (TRACKER_* settings)
     */
    static DemoProcess start(
            Path vault,
            Path dataDir,
            int kafkaPort,
            int httpPort,
            Path log,
            List<String> extraArgs,
            Map<String, String> env)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                "com.actiontracker.cli.TrackerCli",
                "demo",
                "--input",
                vault.toString(),
                "--data-dir",
                dataDir.toString(),
                "--kafka-port",
                Integer.toString(kafkaPort),
                "--port",
                Integer.toString(httpPort),
                "--vault-owner",
                "Jason Vallery"));
        command.addAll(extraArgs);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("TRACKER_INPUT_POLL_INTERVAL_MS", "100");
        builder.environment().putAll(env);
        return new DemoProcess(builder.start(), log, httpPort, kafkaPort);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    String bootstrapServers() {
        return "localhost:" + kafkaPort;
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** SIGKILL: the JVM stops where it is, broker, Connect worker and Streams with it. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** The body of a GET on the web page's port, when it answers 200. */
    Optional<String> get(String path) {
        return get(path, null);
    }

    /** The same, sending {@code token} as a bearer (null: none). */
    Optional<String> get(String path, String token) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + path))
                    .timeout(Duration.ofSeconds(10));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> response =
                    HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    String output() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    /** SIGTERM, the way a user stops it: the demo shuts down cleanly. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(90, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(30, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                // A test interrupted while stopping the demo still must not leave it running.
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}

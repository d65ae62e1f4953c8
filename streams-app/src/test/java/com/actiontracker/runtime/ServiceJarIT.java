package com.actiontracker.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.actiontracker.topology.NoteFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service module's jar as the Docker image runs it ({@code java -jar tracker-service.jar run}), in a child JVM
 * whose class path is that jar's manifest alone: it carries no broker, no Scala and no Connect runtime, and still
 * ledgers a note from a real broker and answers on its API. Prints the jars it carries and their size.
 */
class ServiceJarIT {

    private static final Path SERVICE = Path.of("service/target");
    private static final Path JAR = SERVICE.resolve("tracker-service.jar");
    /** What the embedded stack needs and the service must not carry. */
    private static final List<String> EMBEDDED_ONLY = List.of(
            "kafka_2.13-",
            "kafka-server-",
            "kafka-raft-",
            "kafka-metadata-",
            "kafka-storage-",
            "connect-runtime-",
            "connect-api-",
            "scala-",
            "jersey-");

    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path dir;

    @Test
    void theServiceJarCarriesNoBrokerScalaOrConnectAndLedgersANoteOnItsOwn() throws Exception {
        assertThat(JAR).as("build the service module first (./mvnw package)").isRegularFile();
        List<String> classPath = classPath();
        long bytes = 0;
        for (String entry : classPath) {
            Path jar = SERVICE.resolve(entry);
            assertThat(jar).as("manifest Class-Path entry").isRegularFile();
            bytes += Files.size(jar);
        }
        System.out.printf(
                "tracker-service.jar carries %d jars, %.0f MB:%n  %s%n",
                classPath.size(), bytes / 1e6, String.join("\n  ", classPath));
        assertThat(classPath)
                .isNotEmpty()
                .noneMatch(entry -> EMBEDDED_ONLY.stream()
                        .anyMatch(prefix ->
                                entry.substring(entry.lastIndexOf('/') + 1).startsWith(prefix)));

        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"), 0)) {
            int port = DemoProcess.freePort();
            Path log = dir.resolve("service.log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m",
                    "-jar",
                    JAR.toString(),
                    "run",
                    "--bootstrap-server",
                    kafka.bootstrapServers()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment()
                    .putAll(Map.of(
                            "TRACKER_DATA_DIR",
                            dir.resolve("data").toString(),
                            "TRACKER_HTTP_PORT",
                            Integer.toString(port),
                            "TRACKER_TIMEZONE",
                            "UTC"));
            Process service = builder.start();
            try {
                NoteFiles.publish(
                        kafka.bootstrapServers(),
                        "standup.md",
                        "---\ndate: 2025-10-01\n---\n" + "- [ ] Send the budget to finance @Ada Byron 📅 2099-01-01\n");
                URI owners = URI.create("http://localhost:" + port + "/owners");
                await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() -> {
                    assertThat(service.isAlive()).as(Files.readString(log)).isTrue();
                    JsonNode body = get(owners);
                    assertThat(body.get("owners")).singleElement().satisfies(owner -> {
                        assertThat(owner.get("owner").asText()).isEqualTo("Ada Byron");
                        assertThat(owner.get("open").asInt()).isEqualTo(1);
                    });
                });
            } finally {
                service.destroy();
                if (!service.waitFor(30, TimeUnit.SECONDS)) {
                    service.destroyForcibly();
                }
            }
        }
    }

    private static List<String> classPath() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            String entries = jar.getManifest().getMainAttributes().getValue("Class-Path");
            assertThat(entries).as("Class-Path in the manifest").isNotBlank();
            return Arrays.stream(entries.trim().split("\\s+")).toList();
        }
    }

    private JsonNode get(URI uri) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }
}

package com.actiontracker.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.actiontracker.avro.AlertType;
import com.actiontracker.avro.NoteFile;
import com.actiontracker.avro.OverdueAlert;
import com.actiontracker.schemas.AvroSerde;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault injection: {@code tracker demo} in a child JVM over a few hundred notes, killed with SIGKILL at the moments
 * that matter (while it ingests, during a burst of edits, right after the ledger has caught up) and started again on
 * the same data directory. After every restart the ledger must come back within a bound and, at the end, equal a
 * clean run over the same notes, with one OVERDUE alert per action, one RESOLVED per ticked box and no event twice.
 *
 * <p>A soak runs more burst-and-kill rounds: {@code ./mvnw -pl streams-app verify -Dit.test=KillRecoveryIT
 * -Dtracker.kill.rounds=20} (see the README).
 */
class KillRecoveryIT {

    private static final Duration RESTART_BOUND = Duration.ofSeconds(150);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final AvroSerde<OverdueAlert> ALERTS = AvroSerde.of(OverdueAlert.class);
    private static final AvroSerde<NoteFile> NOTES = AvroSerde.of(NoteFile.class);

    @TempDir
    Path work;

    @Test
    void afterAKillAtAnyMomentTheRestartedDemoComesBackToTheLedgerOfACleanRunWithEveryAlertOnce() throws Exception {
        GeneratedVault vault =
                GeneratedVault.write(Files.createDirectories(work.resolve("vault")), 200, 4, new Random(42));
        Path data = work.resolve("data");
        int kafkaPort = DemoProcess.freePort();
        int httpPort = DemoProcess.freePort();
        int rounds = Integer.getInteger("tracker.kill.rounds", 1);
        Random random = new Random(7);
        List<String> restarts = new ArrayList<>();

        DemoProcess first = start(vault, data, kafkaPort, httpPort);
        await().atMost(RESTART_BOUND).until(() -> first.get("/health").isPresent());
        first.kill();
        DemoProcess demo = restart(vault, data, kafkaPort, httpPort, "killed while ingesting", restarts);

        for (int round = 1; round <= rounds; round++) {
            vault.tick(40, random);
            Thread.sleep(1500); // the kill must land while the burst is being processed, not after it
            demo.kill();
            demo = restart(
                    vault, data, kafkaPort, httpPort, "killed during a burst of edits (round " + round + ")", restarts);
        }

        vault.tick(30, random);
        DemoProcess caughtUp = demo;
        await().atMost(RESTART_BOUND).until(() -> complete(caughtUp::get, vault));
        demo.kill();
        demo = restart(vault, data, kafkaPort, httpPort, "killed right after the ledger caught up", restarts);

        try (DemoProcess last = demo) {
            List<String> ledger = snapshot(last::get).orElseThrow();
            assertThat(ledger)
                    .as(
                            "the ledger after %d kills equals a clean run over the same notes (restarts: %s)",
                            restarts.size(), restarts)
                    .isEqualTo(cleanRun(vault));
            assertEveryAlertOnce(last.bootstrapServers(), vault);
        }
    }

    private DemoProcess start(GeneratedVault vault, Path data, int kafkaPort, int httpPort) throws IOException {
        return DemoProcess.start(
                vault.dir(),
                data,
                kafkaPort,
                httpPort,
                work.resolve("demo.log"),
                List.of(),
                Map.of("TRACKER_ALERTS_GROUP_WAIT_MS", "2000"));
    }

    /** Starts the demo again and waits until its ledger has every note's current state. */
    private DemoProcess restart(
            GeneratedVault vault, Path data, int kafkaPort, int httpPort, String after, List<String> restarts)
            throws IOException {
        long start = System.nanoTime();
        DemoProcess demo = start(vault, data, kafkaPort, httpPort);
        try {
            await().atMost(RESTART_BOUND)
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> !demo.alive() || complete(demo::get, vault));
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(
                    "Not healthy within " + RESTART_BOUND.toSeconds() + "s after being " + after
                            + "; its output ends with:\n" + tail(demo.output()),
                    e);
        }
        assertThat(demo.alive())
                .as("the demo is running after being %s; output:\n%s", after, tail(demo.output()))
                .isTrue();
        restarts.add(after + ": " + Duration.ofNanos(System.nanoTime() - start).toSeconds() + "s");
        return demo;
    }

    private static boolean complete(Function<String, Optional<String>> get, GeneratedVault vault) {
        return snapshot(get)
                .filter(ledger -> ledger.size() == vault.total()
                        && ledger.stream()
                                        .filter(line -> line.contains("|done|"))
                                        .count()
                                == vault.done())
                .isPresent();
    }

    /**
     * Every written action as the API shows it: owner, id, text, status, due, done and overdue, sorted. Empty while
     * the API is not answering.
     */
    static Optional<List<String>> snapshot(Function<String, Optional<String>> get) {
        try {
            Optional<String> owners = get.apply("/owners");
            if (owners.isEmpty()) {
                return Optional.empty();
            }
            List<String> lines = new ArrayList<>();
            for (JsonNode owner : JSON.readTree(owners.get()).path("owners")) {
                String name = owner.path("owner").isNull()
                        ? "(none)"
                        : owner.path("owner").asText();
                Optional<String> actions = get.apply("/owners/"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20") + "/actions?status=all");
                if (actions.isEmpty()) {
                    return Optional.empty();
                }
                for (JsonNode a : JSON.readTree(actions.get()).path("actions")) {
                    lines.add(String.join(
                            "|",
                            name,
                            a.path("id").asText(),
                            a.path("text").asText(),
                            a.path("status").asText(),
                            a.path("due").asText(),
                            a.path("done").asText(),
                            a.path("overdue").asText()));
                }
            }
            lines.sort(null);
            return Optional.of(lines);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The same notes through a fresh embedded stack in this JVM, never killed. */
    private List<String> cleanRun(GeneratedVault vault) throws Exception {
        TrackerConfig config = new TrackerConfig(Map.of(
                TrackerConfig.INPUT_DIR,
                vault.dir().toString(),
                TrackerConfig.DATA_DIR,
                work.resolve("clean").toString(),
                TrackerConfig.VAULT_OWNER,
                "Jason Vallery",
                TrackerConfig.INPUT_POLL_MS,
                "100",
                TrackerConfig.HTTP_PORT,
                "0"));
        try (EmbeddedPipeline clean = EmbeddedPipeline.start(config, EmbeddedPipeline.Options.serving(0))) {
            clean.awaitProcessed(RESTART_BOUND);
            String url = clean.url().orElseThrow().replaceAll("/$", "");
            Function<String, Optional<String>> get = path -> {
                try {
                    HttpResponse<String> r = HTTP.send(
                            HttpRequest.newBuilder(URI.create(url + path)).build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    return r.statusCode() == 200 ? Optional.of(r.body()) : Optional.empty();
                } catch (IOException | InterruptedException e) {
                    return Optional.empty();
                }
            };
            await().atMost(RESTART_BOUND).until(() -> complete(get, vault));
            return snapshot(get).orElseThrow();
        }
    }

    /** Each action went overdue once and each ticked one was resolved once, whatever the kills; no event twice. */
    private static void assertEveryAlertOnce(String bootstrapServers, GeneratedVault vault) {
        await().atMost(RESTART_BOUND).untilAsserted(() -> {
            List<OverdueAlert> alerts = TopicReader.readAll(bootstrapServers, "tracker.alerts.overdue").stream()
                    .map(r -> ALERTS.decode(r.value()))
                    .toList();
            Map<String, Long> byEvent =
                    alerts.stream().collect(Collectors.groupingBy(OverdueAlert::getEventId, Collectors.counting()));
            assertThat(byEvent.values()).as("no alert event emitted twice").allMatch(n -> n == 1);
            Map<String, Map<AlertType, Long>> byAction = new TreeMap<>();
            alerts.forEach(a -> byAction.computeIfAbsent(a.getActionId(), k -> new HashMap<>())
                    .merge(a.getType(), 1L, Long::sum));
            assertThat(byAction).as("every action has alerts").hasSize(vault.total());
            assertThat(byAction)
                    .as(
                            "actions with more than one OVERDUE, and their alerts:\n%s",
                            alerts.stream()
                                            .filter(a -> byAction.get(a.getActionId())
                                                            .get(AlertType.OVERDUE)
                                                    != 1)
                                            .map(a -> a.getActionId() + " " + a.getType() + " episode " + a.getEpisode()
                                                    + " " + a.getResolvedAs() + " " + a.getRaisedAt() + " "
                                                    + a.getText())
                                            .collect(Collectors.joining("\n"))
                                    + "\nnote revisions published without all four boxes:\n"
                                    + shortRevisions(bootstrapServers))
                    .allSatisfy((action, types) ->
                            assertThat(types.get(AlertType.OVERDUE)).isEqualTo(1L));
            assertThat(byAction.values().stream()
                            .filter(types -> types.getOrDefault(AlertType.RESOLVED, 0L) == 1)
                            .count())
                    .as("one RESOLVED per ticked box")
                    .isEqualTo(vault.done());
            assertThat(byAction.values())
                    .as("nothing resolved twice")
                    .allMatch(types -> types.getOrDefault(AlertType.RESOLVED, 0L) <= 1);
        });
    }

    /** What tells a half-written note from a pipeline fault when an action went overdue twice: every revision. */
    private static String shortRevisions(String bootstrapServers) {
        return TopicReader.readAll(bootstrapServers, "tracker.notes.raw").stream()
                .map(r -> {
                    String path = new String(r.key(), StandardCharsets.UTF_8);
                    if (r.value() == null) {
                        return path + " deleted, offset " + r.offset();
                    }
                    NoteFile note = NOTES.decode(r.value());
                    String content = StandardCharsets.UTF_8
                            .decode(note.getContent().duplicate())
                            .toString();
                    return path + " offset " + r.offset() + " " + note.getSizeBytes() + " bytes, "
                            + (content.split("- \\[", -1).length - 1) + " boxes, observed " + note.getObservedAt()
                            + " modified " + note.getModifiedAt();
                })
                .filter(line -> !line.contains(" 4 boxes,"))
                .collect(Collectors.joining("\n"));
    }

    private static String tail(String output) {
        String[] lines = output.split("\n");
        return String.join("\n", Arrays.copyOfRange(lines, Math.max(0, lines.length - 40), lines.length));
    }
}

package com.actiontracker.runtime;

import static com.actiontracker.runtime.PipelineProbes.action;
import static com.actiontracker.runtime.PipelineProbes.cli;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.actiontracker.avro.AlertType;
import com.actiontracker.avro.OverdueAlert;
import com.actiontracker.parse.ItemOrigin;
import com.actiontracker.schemas.AvroSerde;
import com.actiontracker.tracking.ActionState;
import com.actiontracker.tracking.Triage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Triage through the real broker: actions inferred from transcripts wait (the accept confidence is set out of reach),
 * a person accepts one on the API and it alerts, dismisses another with the CLI and it leaves the ledger, and a replay
 * of the whole history keeps both verdicts.
 */
class TranscriptTriageIT {

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final AvroSerde<OverdueAlert> ALERTS = AvroSerde.of(OverdueAlert.class);
    private static final String PRICING = "Send you the pricing sheet tomorrow";
    private static final String LAB = "Book the lab for the demo tomorrow";

    @TempDir
    Path vault;

    @TempDir
    Path data;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anAcceptedActionAlertsADismissedOneLeavesTheLedgerAndAReplayKeepsBothVerdicts() throws Exception {
        Files.writeString(
                vault.resolve("pricing.md"),
                call("Pricing call", "Jason Vallery", "I'll send you the pricing sheet tomorrow."));
        Files.writeString(
                vault.resolve("lab.md"), call("Lab call", "Lior Genzel", "I'll book the lab for the demo tomorrow."));
        Files.writeString(
                vault.resolve("tasks.md"),
                "---\ndate: 2025-10-01\n---\n- [ ] Write the brief @Lior\n" + "- [ ] Fix the printer\n");
        TrackerConfig config = new TrackerConfig(Map.of(
                TrackerConfig.INPUT_DIR,
                vault.toString(),
                TrackerConfig.DATA_DIR,
                data.toString(),
                TrackerConfig.INPUT_POLL_MS,
                "100",
                TrackerConfig.HTTP_PORT,
                "0",
                TrackerConfig.ACCEPT_CONFIDENCE,
                "1.0",
                TrackerConfig.ALERT_CHECK_MS,
                "200",
                TrackerConfig.ALERT_GROUP_WAIT_MS,
                "500"));

        String pricing;
        String lab;
        try (EmbeddedPipeline pipeline = EmbeddedPipeline.start(config, EmbeddedPipeline.Options.serving(0))) {
            pipeline.awaitProcessed(PATIENCE);
            pricing = inferred(pipeline, PRICING).actionId();
            lab = inferred(pipeline, LAB).actionId();
            String written = action(pipeline, "Write the brief").actionId();
            assertThat(inferred(pipeline, PRICING).triage()).isEqualTo(Triage.AWAITING);
            assertThat(alerts(pipeline))
                    .as("due 2 October 2025, but awaiting triage")
                    .isEmpty();

            String base = pipeline.url().orElseThrow();
            assertThat(post(base, pricing, "accept", Optional.of("cross-site")).statusCode())
                    .as("a form another site's page posts")
                    .isEqualTo(403);
            assertThat(post(base, written, "dismiss", Optional.empty()).statusCode())
                    .as("a written task")
                    .isEqualTo(409);
            assertThat(post(base, "a-nothing", "accept", Optional.empty()).statusCode())
                    .isEqualTo(404);
            assertThat(post(base, pricing, "accept", Optional.of("same-origin")).statusCode())
                    .isEqualTo(202);
            assertThat(cli("dismiss", lab, "--by", "jason", "--bootstrap-server", pipeline.bootstrapServers()))
                    .isZero();
            assertThat(cli("dismiss", written, "--bootstrap-server", pipeline.bootstrapServers()))
                    .as("a verdict on a written task is refused")
                    .isEqualTo(1);

            await().atMost(PATIENCE)
                    .untilAsserted(() -> assertThat(alerts(pipeline))
                            .singleElement()
                            .satisfies(alert -> {
                                assertThat(alert.getActionId()).isEqualTo(pricing);
                                assertThat(alert.getOwner()).isEqualTo("Jason Vallery");
                            }));
            await().atMost(PATIENCE)
                    .untilAsserted(
                            () -> assertThat(action(pipeline, LAB).triage()).isEqualTo(Triage.DISMISSED));
            pipeline.awaitProcessed(PATIENCE);
            assertThat(pipeline.report(LocalDate.now())
                            .owner("Lior Genzel")
                            .orElseThrow()
                            .awaiting())
                    .as("dismissed: not awaiting any more")
                    .isEmpty();

            // One record no stage can read, caught by the Streams handler: /metrics counts what the topic holds.
            try (var producer = new KafkaProducer<byte[], byte[]>(
                    Map.of("bootstrap.servers", pipeline.bootstrapServers()),
                    new ByteArraySerializer(),
                    new ByteArraySerializer())) {
                producer.send(new ProducerRecord<>(
                                config.topics().actionEvents(), "a-x".getBytes(), "not an event".getBytes()))
                        .get();
            }
            await().atMost(PATIENCE).until(() -> pipeline.deadLetters().size() == 1);
            await().atMost(PATIENCE)
                    .untilAsserted(() -> assertThat(metric(base, "tracker_dead_letters_total"))
                            .as("the same number as the dead-letter topic")
                            .isEqualTo(pipeline.deadLetters().size()));
        }

        try (EmbeddedPipeline replayed =
                EmbeddedPipeline.start(config, EmbeddedPipeline.Options.batch(0).replaying(Optional.empty()))) {
            replayed.awaitProcessed(PATIENCE);
            assertThat(action(replayed, PRICING).triage()).isEqualTo(Triage.ACCEPTED);
            assertThat(action(replayed, LAB).triage())
                    .as("a dismissed item never comes back")
                    .isEqualTo(Triage.DISMISSED);
            assertThat(action(replayed, PRICING).actionId()).isEqualTo(pricing);
        }
    }

    private static String call(String title, String speaker, String promise) {
        String other = speaker.equals("Jason Vallery") ? "Lior Genzel" : "Jason Vallery";
        return "---\ndate: 2025-10-01\nparticipants: [Jason Vallery, Lior Genzel]\n---\n# " + title + "\n\n" + speaker
                + "\n" + promise + "\n\n" + other + "\nGreat, thanks.\n";
    }

    private HttpResponse<String> post(String base, String id, String verdict, Optional<String> fetchSite)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "actions/" + id + "/" + verdict))
                .POST(HttpRequest.BodyPublishers.noBody());
        fetchSite.ifPresent(site -> request.header("Sec-Fetch-Site", site));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private long metric(String base, String name) throws Exception {
        String text = http.send(
                        HttpRequest.newBuilder(URI.create(base + "metrics")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        return text.lines()
                .filter(l -> l.startsWith(name + " "))
                .mapToLong(l -> (long) Double.parseDouble(l.substring(name.length() + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + text));
    }

    private static List<OverdueAlert> alerts(EmbeddedPipeline pipeline) {
        return TopicReader.readAll(
                        pipeline.bootstrapServers(), pipeline.config().topics().alertsOverdue())
                .stream()
                .map(r -> ALERTS.decode(r.value()))
                .filter(a -> a.getType() == AlertType.OVERDUE)
                .toList();
    }

    private static ActionState inferred(EmbeddedPipeline pipeline, String text) {
        ActionState action = action(pipeline, text);
        assertThat(action.origin()).as(text).isEqualTo(ItemOrigin.TRANSCRIPT);
        return action;
    }
}

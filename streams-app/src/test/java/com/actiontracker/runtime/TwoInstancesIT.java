package com.actiontracker.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.actiontracker.avro.AlertType;
import com.actiontracker.avro.OverdueAlert;
import com.actiontracker.schemas.AvroSerde;
import com.actiontracker.topology.NoteFiles;
import com.actiontracker.topology.StoreNames;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two app instances against one broker: any instance answers for any owner and any action (forwarding to the one
 * that holds the key); when one stops, the other takes over everything after the rebalance; alert events are
 * neither lost nor duplicated across the handover.
 */
class TwoInstancesIT {

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final List<String> OWNERS =
            List.of("Ada Byron", "Alan Turing", "Grace Hopper", "Edsger Dijkstra", "Barbara Liskov", "Donald Knuth");
    private static final AvroSerde<OverdueAlert> ALERTS = AvroSerde.of(OverdueAlert.class);

    private static final String TOKEN = "two-instances-one-token";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void
            eitherInstanceAnswersForEveryKeyBehindTheAccessTokenAndTheSurvivorServesEverythingWithoutLosingOrRepeatingAlerts()
                    throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"), 0)) {
            TrackerConfig base = config(kafka, "a");
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
                TopicProvisioner.ensure(admin, base.topics(), 3, (short) 1);
            }
            TrackerService a = TrackerService.start(base, PATIENCE);
            TrackerService b = TrackerService.start(config(kafka, "b"), PATIENCE);
            boolean bRunning = true;
            try {
                for (int i = 0; i < OWNERS.size(); i++) {
                    NoteFiles.publish(
                            kafka.bootstrapServers(),
                            "note-" + i + ".md",
                            "---\ndate: 2025-10-0" + (i + 1) + "\n---\n"
                                    + "- [ ] Review chapter " + i + " @" + OWNERS.get(i) + " 📅 2025-10-1" + i + "\n"
                                    + "- [ ] Write tests " + i + " @" + OWNERS.get(i) + " 📅 2099-01-01\n");
                }
                awaitBothRunning(a, b);
                await().atMost(PATIENCE)
                        .untilAsserted(() -> assertThat(alerts(kafka, base)).hasSize(OWNERS.size()));

                Set<String> heldByB = OWNERS.stream()
                        .filter(o -> a.app()
                                        .streams()
                                        .queryMetadataForKey(
                                                StoreNames.OWNER_LEDGER,
                                                o,
                                                Serdes.String().serializer())
                                        .activeHost()
                                        .port()
                                == b.port())
                        .collect(Collectors.toSet());
                assertThat(heldByB)
                        .as("both instances hold some owners, so forwarding is exercised")
                        .isNotEmpty()
                        .hasSizeLessThan(OWNERS.size());
                for (String owner : OWNERS) {
                    JsonNode fromA = get(a, "/owners/" + encode(owner) + "/actions?status=overdue");
                    JsonNode fromB = get(b, "/owners/" + encode(owner) + "/actions?status=overdue");
                    assertThat(fromA).isEqualTo(fromB);
                    assertThat(fromA.get("actions"))
                            .singleElement()
                            .satisfies(action ->
                                    assertThat(action.get("text").asText()).startsWith("Review chapter"));
                    String id = fromA.get("actions").get(0).get("id").asText();
                    assertThat(get(b, "/actions/" + id).get("owner").asText()).isEqualTo(owner);
                }
                assertThat(get(a, "/owners")).isEqualTo(get(b, "/owners"));
                assertThat(http.send(
                                        HttpRequest.newBuilder(URI.create(b.url() + "owners"))
                                                .build(),
                                        HttpResponse.BodyHandlers.ofString())
                                .statusCode())
                        .as("without the token")
                        .isEqualTo(401);
                assertThat(get(b, "/owners").get("owners")).hasSize(OWNERS.size());

                b.close();
                bRunning = false;
                await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() -> {
                    for (String owner : OWNERS) {
                        assertThat(get(a, "/owners/" + encode(owner) + "/actions?status=open")
                                        .get("actions"))
                                .hasSize(2);
                    }
                });
                for (int i = 0; i < OWNERS.size(); i++) {
                    NoteFiles.publish(
                            kafka.bootstrapServers(),
                            "note-" + i + ".md",
                            "---\ndate: 2025-10-0" + (i + 1) + "\n---\n"
                                    + "- [x] Review chapter " + i + " @" + OWNERS.get(i) + " 📅 2025-10-1" + i
                                    + " ✅ 2025-11-01\n"
                                    + "- [ ] Write tests " + i + " @" + OWNERS.get(i) + " 📅 2099-01-01\n");
                }
                await().atMost(PATIENCE)
                        .untilAsserted(() -> assertThat(alerts(kafka, base)).hasSize(2 * OWNERS.size()));
                try (CatchUpWatcher watcher =
                        new CatchUpWatcher(kafka.bootstrapServers(), a.app().applicationId())) {
                    await().atMost(PATIENCE)
                            .until(() -> watcher.caughtUp(a.app().sourceTopics()));
                }

                List<OverdueAlert> all = alerts(kafka, base);
                assertThat(all).extracting(OverdueAlert::getEventId).doesNotHaveDuplicates();
                assertThat(all.stream()
                                .filter(x -> x.getType() == AlertType.OVERDUE)
                                .map(OverdueAlert::getOwner))
                        .containsExactlyInAnyOrderElementsOf(OWNERS);
                assertThat(all.stream()
                                .filter(x -> x.getType() == AlertType.RESOLVED)
                                .map(OverdueAlert::getOwner))
                        .containsExactlyInAnyOrderElementsOf(OWNERS);
            } finally {
                a.close();
                if (bRunning) {
                    b.close();
                }
            }
        }
    }

    private TrackerConfig config(EmbeddedKafka kafka, String instance) {
        Map<String, Object> props = new HashMap<>();
        props.put("bootstrap.servers", kafka.bootstrapServers());
        props.put(TrackerConfig.DATA_DIR, dir.resolve(instance).toString());
        props.put(TrackerConfig.HTTP_PORT, "0");
        // Both instances ask for the token, so every forwarded request and every gathered part must carry it.
        props.put(TrackerConfig.HTTP_TOKEN, TOKEN);
        props.put(TrackerConfig.ALERT_CHECK_MS, "200");
        props.put(TrackerConfig.ALERT_GROUP_WAIT_MS, "500");
        props.put(TrackerConfig.TIMEZONE, "UTC");
        props.put("session.timeout.ms", "10000");
        return new TrackerConfig(props);
    }

    private static List<OverdueAlert> alerts(EmbeddedKafka kafka, TrackerConfig config) {
        return TopicReader.readAll(kafka.bootstrapServers(), config.topics().alertsOverdue()).stream()
                .map(r -> ALERTS.decode(r.value()))
                .toList();
    }

    private static void awaitBothRunning(TrackerService a, TrackerService b) {
        await().atMost(PATIENCE)
                .until(() -> a.app().streams().state() == KafkaStreams.State.RUNNING
                        && b.app().streams().state() == KafkaStreams.State.RUNNING);
    }

    private JsonNode get(TrackerService service, String path) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(service.url() + path.substring(1)))
                        .header("Authorization", "Bearer " + TOKEN)
                        .timeout(Duration.ofSeconds(20))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static String encode(String owner) {
        return URLEncoder.encode(owner, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

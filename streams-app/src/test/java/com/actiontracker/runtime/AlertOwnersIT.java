package com.actiontracker.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.actiontracker.avro.AlertResolution;
import com.actiontracker.avro.AlertType;
import com.actiontracker.avro.CommandType;
import com.actiontracker.avro.OverdueAlert;
import com.actiontracker.schemas.AvroSerde;
import com.actiontracker.tracking.ActionState;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Through the real broker: an action written as {@code @Priya} alerts as Priya Raman, whom another note names in
 * full; an {@code assign} after the alert moves it; a restart sends nothing again.
 */
class AlertOwnersIT {

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final AvroSerde<OverdueAlert> ALERTS = AvroSerde.of(OverdueAlert.class);

    @TempDir
    Path vault;

    @TempDir
    Path data;

    record Sent(String key, OverdueAlert alert) {}

    @Test
    void everyAlertIsKeyedAndOwnedByTheLedgersOwnerAndMovesWhenTheActionIsReassigned() throws Exception {
        Files.writeString(
                vault.resolve("a-short.md"),
                "---\ndate: 2025-10-30\n---\n# Sync\n"
                        + "- [ ] Send the deck @Priya 📅 2025-11-03\n- [ ] Call the venue @Marco 📅 2025-11-03\n");
        Files.writeString(
                vault.resolve("b-full.md"),
                "---\ndate: 2025-10-31\npeople: [Priya Raman, Marco Rossi]\n---\n"
                        + "# Review\n- [ ] Book the lab @Priya Raman 📅 2025-11-04\n");
        TrackerConfig config = new TrackerConfig(Map.of(
                TrackerConfig.INPUT_DIR,
                vault.toString(),
                TrackerConfig.DATA_DIR,
                data.toString(),
                TrackerConfig.VAULT_OWNER,
                "Jason Vallery",
                TrackerConfig.INPUT_POLL_MS,
                "100",
                TrackerConfig.HTTP_PORT,
                "0",
                TrackerConfig.ALERT_GROUP_WAIT_MS,
                "2000"));

        int sentBeforeRestart;
        try (EmbeddedPipeline pipeline = EmbeddedPipeline.start(config, EmbeddedPipeline.Options.serving(0))) {
            pipeline.awaitProcessed(PATIENCE);
            await().atMost(PATIENCE).until(() -> alerts(pipeline, config).size() == 3);
            assertThat(alerts(pipeline, config))
                    .as("each alert's key and owner, as the ledger names them")
                    .allSatisfy(s -> assertThat(s.key()).isEqualTo(s.alert().getOwner()))
                    .extracting(s -> s.alert().getOwner())
                    .containsExactlyInAnyOrder("Priya Raman", "Priya Raman", "Marco Rossi");

            ActionState deck = pipeline.app().actions().stream()
                    .filter(a -> a.text().equals("Send the deck"))
                    .findFirst()
                    .orElseThrow();
            try (CommandPublisher commands = new CommandPublisher(pipeline.bootstrapServers(), config.topics())) {
                commands.send(deck.actionId(), CommandType.REASSIGN, "Marco Rossi", null, "test");
            }
            await().atMost(PATIENCE).until(() -> alerts(pipeline, config).size() == 5);
            // Partitions are by owner, so the two events are found by what they are, not by their order.
            List<Sent> moved = alerts(pipeline, config).stream()
                    .filter(s -> s.alert().getActionId().equals(deck.actionId()))
                    .toList();
            assertThat(moved)
                    .hasSize(3)
                    .anySatisfy(s -> {
                        assertThat(s.key()).isEqualTo("Priya Raman");
                        assertThat(s.alert().getType()).isEqualTo(AlertType.RESOLVED);
                        assertThat(s.alert().getResolvedAs()).isEqualTo(AlertResolution.REASSIGNED);
                    })
                    .anySatisfy(s -> {
                        assertThat(s.key()).isEqualTo("Marco Rossi");
                        assertThat(s.alert().getType()).isEqualTo(AlertType.OVERDUE);
                        assertThat(s.alert().getOwner()).isEqualTo("Marco Rossi");
                        assertThat(s.alert().getEpisode()).isEqualTo(2);
                    });
            pipeline.awaitProcessed(PATIENCE);
            sentBeforeRestart = alerts(pipeline, config).size();
        }

        try (EmbeddedPipeline restarted = EmbeddedPipeline.start(config, EmbeddedPipeline.Options.serving(0))) {
            restarted.awaitProcessed(PATIENCE);
            // A barrier: the alert of a note written after the restart is held and released after anything the
            // restart could have held or re-raised, so once it is out, whatever was to be sent again would be too.
            Files.writeString(
                    vault.resolve("c-later.md"),
                    "---\ndate: 2025-11-01\n---\n# Later\n" + "- [ ] Order the badges @Marco Rossi 📅 2025-11-05\n");
            await().atMost(PATIENCE)
                    .until(() -> alerts(restarted, config).stream()
                            .anyMatch(s -> s.alert().getText().equals("Order the badges")));
            assertThat(alerts(restarted, config))
                    .as("nothing sent again after a restart")
                    .hasSize(sentBeforeRestart + 1);
        }
    }

    private static List<Sent> alerts(EmbeddedPipeline pipeline, TrackerConfig config) {
        return TopicReader.readAll(pipeline.bootstrapServers(), config.topics().alertsOverdue()).stream()
                .map(r -> new Sent(new String(r.key(), StandardCharsets.UTF_8), ALERTS.decode(r.value())))
                .toList();
    }
}

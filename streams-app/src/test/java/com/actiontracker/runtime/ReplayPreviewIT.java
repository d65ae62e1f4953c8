package com.actiontracker.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.actiontracker.cli.TrackerCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tracker replay --preview} over the data of a stopped demo: it says what a replay with the settings now in
 * force would change, and leaves the tracker's topics, offsets and ledger as they were.
 */
class ReplayPreviewIT {

    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @TempDir
    Path vault;

    @TempDir
    Path data;

    @Test
    void thePreviewPrintsWhatAReplayWouldChangeAndLeavesNothingBehind() throws Exception {
        Files.writeString(
                vault.resolve("pricing.md"),
                "---\ndate: 2025-10-01\nparticipants: [Jason Vallery, Lior Genzel]\n"
                        + "---\n# Pricing call\n\nJason Vallery\nI'll send you the pricing sheet tomorrow.\n\nLior Genzel\nGreat, thanks.\n");
        Files.writeString(vault.resolve("tasks.md"), "---\ndate: 2025-10-01\n---\n- [ ] Write the brief @Lior\n");
        // The first run accepts every inferred commitment; the preview runs with the default threshold.
        TrackerConfig config = new TrackerConfig(Map.of(
                TrackerConfig.INPUT_DIR,
                vault.toString(),
                TrackerConfig.DATA_DIR,
                data.toString(),
                TrackerConfig.INPUT_POLL_MS,
                "100",
                TrackerConfig.ACCEPT_CONFIDENCE,
                "0.0"));
        Map<TopicPartition, OffsetAndMetadata> offsetsBefore;
        Set<String> topicsBefore;
        try (EmbeddedPipeline pipeline = EmbeddedPipeline.start(config, EmbeddedPipeline.Options.batch(0))) {
            pipeline.awaitProcessed(PATIENCE);
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", pipeline.bootstrapServers()))) {
                offsetsBefore = new TreeMap<>(Comparator.comparing(TopicPartition::toString));
                offsetsBefore.putAll(
                        admin.listConsumerGroupOffsets(pipeline.app().applicationId())
                                .partitionsToOffsetAndMetadata()
                                .get());
                topicsBefore = admin.listTopics().names().get();
            }
        }

        StringWriter out = new StringWriter();
        var cli = TrackerCli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        int exit = cli.execute(
                "replay", "--preview", "--input", vault.toString(), "--data-dir", data.toString(), "--kafka-port", "0");

        assertThat(exit).as(out.toString()).isZero();
        assertThat(out.toString())
                .contains("A replay would rebuild 2 actions (now 2): 1 changes")
                .contains("awaiting Send you the pricing sheet tomorrow [Jason Vallery, due 2025-10-02] (was overdue)")
                .contains("Nothing was changed");

        try (EmbeddedKafka kafka = EmbeddedKafka.start(data, 0);
                Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            assertThat(admin.listTopics().names().get())
                    .as("the shadow's topics are gone")
                    .isEqualTo(topicsBefore);
            assertThat(admin.listGroups(ListGroupsOptions.forConsumerGroups())
                            .all()
                            .get())
                    .extracting(GroupListing::groupId)
                    .noneMatch(group -> group.contains("-preview-"));
            Map<TopicPartition, OffsetAndMetadata> offsetsAfter =
                    new TreeMap<>(Comparator.comparing(TopicPartition::toString));
            offsetsAfter.putAll(admin.listConsumerGroupOffsets("action-tracker")
                    .partitionsToOffsetAndMetadata()
                    .get());
            assertThat(offsetsAfter).as("the tracker's own offsets").isEqualTo(offsetsBefore);
        }
    }
}

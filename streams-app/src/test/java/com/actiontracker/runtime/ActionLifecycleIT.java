package com.actiontracker.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.actiontracker.avro.LifecycleStatus;
import com.actiontracker.avro.StatusChange;
import com.actiontracker.cli.TrackerCli;
import com.actiontracker.schemas.AvroSerde;
import com.actiontracker.tracking.ActionState;
import com.actiontracker.tracking.Lifecycle;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One action's whole life through the real broker: written, ticked, unticked, re-dated, completed and reassigned
 * by command, and deleted, with its history on the action-status topic.
 */
class ActionLifecycleIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final AvroSerde<StatusChange> CHANGES = AvroSerde.of(StatusChange.class);

    @TempDir
    Path vault;

    @TempDir
    Path data;

    @Test
    void everyTransitionIsOnTheStatusTopicWithItsReasonAndCommandsHoldAgainstUnchangedNotes() throws Exception {
        Path note = vault.resolve("lior.md");
        String header = "---\ndate: 2025-10-30\n---\n# 1:1 — Lior Genzel — 2025-10-30\n";
        Files.writeString(note, header + "- [x] Send the MAI deck @Lior 📅 2025-10-31 ✅ 2025-11-01\n");
        TrackerConfig config = new TrackerConfig(Map.of(
                TrackerConfig.INPUT_DIR,
                vault.toString(),
                TrackerConfig.DATA_DIR,
                data.toString(),
                TrackerConfig.INPUT_POLL_MS,
                "100"));

        try (EmbeddedPipeline pipeline = EmbeddedPipeline.start(config, EmbeddedPipeline.Options.batch(0))) {
            pipeline.awaitProcessed(PATIENCE);
            ActionState deck = only(pipeline);
            String id = deck.actionId();
            assertThat(deck.status()).isEqualTo(Lifecycle.DONE);
            assertThat(deck.owner()).isEqualTo("Lior Genzel");

            Files.writeString(note, header + "- [ ] Send the MAI deck @Lior 📅 2025-10-31\n");
            awaitStatus(pipeline, Lifecycle.REOPENED);

            Files.writeString(note, header + "- [ ] Send the MAI deck @Lior 📅 2025-11-07\n");
            await().atMost(PATIENCE)
                    .untilAsserted(() -> assertThat(only(pipeline).due()).isEqualTo(LocalDate.of(2025, 11, 7)));
            assertThat(only(pipeline).actionId())
                    .as("a new due date keeps the id")
                    .isEqualTo(id);

            assertThat(cli(
                            "done",
                            id.substring(0, 8),
                            "--date",
                            "2025-11-06",
                            "--by",
                            "jason",
                            "--bootstrap-server",
                            pipeline.bootstrapServers()))
                    .isZero();
            awaitStatus(pipeline, Lifecycle.DONE);
            assertThat(only(pipeline).doneDate()).isEqualTo(LocalDate.of(2025, 11, 6));

            Files.writeString(note, header + "- [ ] Send the MAI deck @Lior 📅 2025-11-07\n\nSome new notes.\n");
            assertThat(cli(
                            "assign",
                            id,
                            "Priya Raman",
                            "--by",
                            "jason",
                            "--bootstrap-server",
                            pipeline.bootstrapServers()))
                    .isZero();
            await().atMost(PATIENCE)
                    .untilAsserted(() -> assertThat(only(pipeline).owner()).isEqualTo("Priya Raman"));
            pipeline.awaitProcessed(PATIENCE);
            assertThat(only(pipeline).status())
                    .as("re-reading the unchanged box does not undo the command")
                    .isEqualTo(Lifecycle.DONE);

            StringWriter already = new StringWriter();
            assertThat(cli(already, "done", id, "--bootstrap-server", pipeline.bootstrapServers()))
                    .isZero();
            assertThat(already.toString()).contains("is already done (2025-11-06): nothing sent");

            Files.delete(note);
            awaitStatus(pipeline, Lifecycle.RETIRED);
            pipeline.awaitProcessed(PATIENCE);
            await().atMost(PATIENCE)
                    .untilAsserted(() -> assertThat(new CommandPublisher(pipeline.bootstrapServers(), config.topics())
                                    .find(id)
                                    .getStatus())
                            .isEqualTo(LifecycleStatus.RETIRED));
            StringWriter retired = new StringWriter();
            assertThat(cli(retired, "done", id, "--bootstrap-server", pipeline.bootstrapServers()))
                    .as("nothing to mark done")
                    .isEqualTo(1);
            assertThat(retired.toString()).contains("is retired: no note mentions it any more");

            List<StatusChange> history =
                    TopicReader.readAll(
                                    pipeline.bootstrapServers(), config.topics().actionStatus())
                            .stream()
                            .filter(r -> new String(r.key(), StandardCharsets.UTF_8).equals(id))
                            .map(r -> CHANGES.decode(r.value()))
                            .toList();
            assertThat(history)
                    .extracting(c -> c.getFrom() + ">" + c.getTo())
                    .containsExactly("null>DONE", "DONE>REOPENED", "REOPENED>DONE", "DONE>DONE", "DONE>RETIRED");
            assertThat(history.get(0).getReason()).isEqualTo("first seen in lior.md");
            assertThat(history.get(1).getReason()).isEqualTo("open in lior.md");
            assertThat(history.get(2).getReason()).isEqualTo("command complete by jason");
            assertThat(history.get(2).getCommandId()).isNotNull();
            assertThat(history.get(3).getReason()).isEqualTo("reassigned to Priya Raman by jason");
            assertThat(history.get(4).getReason()).isEqualTo("no longer in lior.md");
            assertThat(history.get(4).getTo()).isEqualTo(LifecycleStatus.RETIRED);
        }
    }

    private static ActionState only(EmbeddedPipeline pipeline) {
        List<ActionState> actions = pipeline.app().actions();
        assertThat(actions).hasSize(1);
        return actions.get(0);
    }

    private static void awaitStatus(EmbeddedPipeline pipeline, Lifecycle status) {
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(only(pipeline).status()).isEqualTo(status));
    }

    /** Runs the CLI; what it printed, on either stream, goes to {@code printed}. */
    private static int cli(StringWriter printed, String... args) {
        var cli = TrackerCli.commandLine();
        cli.setOut(new PrintWriter(printed, true));
        cli.setErr(new PrintWriter(printed, true));
        return cli.execute(args);
    }

    private static int cli(String... args) {
        StringWriter err = new StringWriter();
        var cli = TrackerCli.commandLine();
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        assertThat(err.toString()).isEmpty();
        return exit;
    }
}

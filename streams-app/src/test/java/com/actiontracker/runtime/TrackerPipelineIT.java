package com.actiontracker.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.actiontracker.query.LedgerReport;
import com.actiontracker.tracking.ActionView;
import com.actiontracker.tracking.Lifecycle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline as {@code tracker demo} runs it: the embedded KRaft broker, the Connect standalone worker with
 * the notes folder connector, and the streams app with RocksDB stores, exactly-once.
 */
class TrackerPipelineIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 3);

    @TempDir
    Path vault;

    @TempDir
    Path data;

    @Test
    void followsANoteThroughAdditionTickingDeletionAndARestartOfEverything() throws Exception {
        Files.writeString(vault.resolve("lior.md"), """
                ---
                date: 2025-10-30
                ---
                # 1:1 — Lior — 2025-10-30
                ## Action items
                - [ ] Send the MAI deck @Lior 📅 2025-10-31 ⏫
                - [ ] Book the lab @Myself 📅 2025-11-20
                ## Decisions
                - Emphasize observability in the deck.
                """);
        TrackerConfig config = config();
        int rawRecords;
        int transitions;

        try (EmbeddedPipeline pipeline = EmbeddedPipeline.start(config, EmbeddedPipeline.Options.batch(0))) {
            pipeline.awaitProcessed(PATIENCE);
            LedgerReport added = pipeline.report(TODAY);
            assertThat(item(added, "Send the MAI deck")).hasValueSatisfying(i -> {
                assertThat(i.owner()).isEqualTo("Lior");
                assertThat(i.overdue()).isTrue();
            });
            assertThat(item(added, "Book the lab"))
                    .hasValueSatisfying(i -> assertThat(i.owner()).isEqualTo("Jason Vallery"));
            assertThat(added.decisions())
                    .extracting(LedgerReport.Finding::text)
                    .containsExactly("Emphasize observability in the deck.");

            Files.writeString(
                    vault.resolve("lior.md"),
                    Files.readString(vault.resolve("lior.md"))
                            .replace(
                                    "- [ ] Send the MAI deck @Lior 📅 2025-10-31 ⏫",
                                    "- [x] Send the MAI deck @Lior 📅 2025-10-31 ⏫ ✅ 2025-11-01"));
            await().atMost(PATIENCE)
                    .untilAsserted(() -> assertThat(item(pipeline.report(TODAY), "Send the MAI deck"))
                            .hasValueSatisfying(i -> {
                                assertThat(i.status()).isEqualTo(Lifecycle.DONE);
                                assertThat(i.doneDate()).isEqualTo(LocalDate.of(2025, 11, 1));
                                assertThat(i.overdue()).isFalse();
                            }));

            Files.writeString(
                    vault.resolve("other.md"),
                    "---\ndate: 2025-11-01\n---\n- [ ] Write the FRD @Tomer Hagey 📅 2025-11-10\n");
            Files.delete(vault.resolve("lior.md"));
            await().atMost(PATIENCE).untilAsserted(() -> {
                LedgerReport now = pipeline.report(TODAY);
                assertThat(item(now, "Book the lab")).isEmpty();
                assertThat(item(now, "Write the FRD")).isPresent();
                assertThat(now.decisions()).isEmpty();
            });
            pipeline.awaitProcessed(PATIENCE);
            rawRecords = count(pipeline.bootstrapServers(), config.topics().rawNotes());
            transitions = count(pipeline.bootstrapServers(), config.topics().actionStatus());
        }

        try (EmbeddedPipeline restarted = EmbeddedPipeline.start(config, EmbeddedPipeline.Options.batch(0))) {
            restarted.awaitProcessed(PATIENCE);
            assertThat(item(restarted.report(TODAY), "Write the FRD"))
                    .hasValueSatisfying(i -> assertThat(i.owner()).isEqualTo("Tomer Hagey"));
            assertThat(restarted.app().actions())
                    .extracting(a -> a.text() + ":" + a.status())
                    .containsExactlyInAnyOrder(
                            "Send the MAI deck:RETIRED", "Book the lab:RETIRED", "Write the FRD:OPEN");
            assertThat(count(restarted.bootstrapServers(), config.topics().rawNotes()))
                    .as("no note re-emitted after a restart")
                    .isEqualTo(rawRecords);
            assertThat(count(restarted.bootstrapServers(), config.topics().actionStatus()))
                    .as("no transition replayed after a restart")
                    .isEqualTo(transitions);
        }
    }

    @Test
    void aUtf16NoteIsReadAndABoxTickedWithALaterCompletionDateIsDoneInTheLedgerAndTheReportAlike() throws Exception {
        byte[] text =
                "---\r\ndate: 2025-10-30\r\n---\r\n- [ ] Renew the certificate @Ana Silva \uD83D\uDCC5 2025-11-02\r\n"
                        .getBytes(StandardCharsets.UTF_16LE);
        byte[] utf16 = new byte[text.length + 2];
        utf16[0] = (byte) 0xFF;
        utf16[1] = (byte) 0xFE;
        System.arraycopy(text, 0, utf16, 2, text.length);
        Files.write(vault.resolve("windows.md"), utf16);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String later = today.plusDays(14).toString();
        Files.writeString(
                vault.resolve("ahead.md"),
                "- [x] Ship the beta @Ana Silva \uD83D\uDCC5 " + later + " \u2705 " + later + "\n");

        try (EmbeddedPipeline pipeline = EmbeddedPipeline.start(config(), EmbeddedPipeline.Options.batch(0))) {
            pipeline.awaitProcessed(PATIENCE);
            assertThat(pipeline.deadLetters()).as("no note was refused").isEmpty();
            LedgerReport report = pipeline.report(today);
            assertThat(item(report, "Renew the certificate"))
                    .as("the UTF-16 note's task")
                    .isPresent();
            ActionView shipped = item(report, "Ship the beta").orElseThrow();
            assertThat(shipped.status()).as("the report as of today").isEqualTo(Lifecycle.DONE);
            assertThat(shipped.doneDate()).isEqualTo(LocalDate.parse(later));
            assertThat(pipeline.app()
                            .stores()
                            .ledger("Ana Silva")
                            .orElseThrow()
                            .items()
                            .get(shipped.actionId())
                            .status())
                    .as("the live ledger")
                    .isEqualTo(Lifecycle.DONE);
        }
    }

    private TrackerConfig config() {
        return new TrackerConfig(Map.of(
                TrackerConfig.INPUT_DIR,
                vault.toString(),
                TrackerConfig.DATA_DIR,
                data.toString(),
                TrackerConfig.VAULT_OWNER,
                "Jason Vallery",
                TrackerConfig.INPUT_POLL_MS,
                "100"));
    }

    private static Optional<ActionView> item(LedgerReport report, String text) {
        return report.owners().stream()
                .flatMap(o -> o.items().stream())
                .filter(i -> i.text().equals(text))
                .findFirst();
    }

    private static int count(String bootstrapServers, String topic) {
        return TopicReader.readAll(bootstrapServers, topic).size();
    }
}

package com.actiontracker.cli;

import com.actiontracker.query.LedgerReport;
import com.actiontracker.query.ReportJson;
import com.actiontracker.query.ReportText;
import com.actiontracker.runtime.Directories;
import com.actiontracker.runtime.EmbeddedPipeline;
import com.actiontracker.runtime.TrackerConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs the full pipeline over a folder once, waits until every note is processed, prints the ledger, exits. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "Run the whole pipeline (embedded Kafka, Connect, Streams) over a folder and print the ledger.",
            "Starts from scratch in a temporary directory unless --data-dir is given."
        })
final class ReportCommand implements Callable<Integer> {

    enum Format {
        json,
        text
    }

    @Mixin
    PipelineOptions pipeline;

    @Mixin
    LoggingOptions logging;

    @Spec
    CommandSpec spec;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The day the ledger is shown for (default: today).")
    LocalDate asOf;

    @Option(names = "--format", description = "json or text (default: ${DEFAULT-VALUE}).", defaultValue = "text")
    Format format;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "Keep the broker log and state here instead of a temporary directory.")
    Path dataDir;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            description = "Give up after this long (default: ${DEFAULT-VALUE}).",
            defaultValue = "300")
    long timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        LocalDate day = asOf != null ? asOf : LocalDate.now();
        Path dir = dataDir != null ? dataDir : Files.createTempDirectory("tracker-report-");
        LedgerReport report;
        int dueSoonDays;
        try {
            TrackerConfig config = pipeline.config(
                    Map.of(TrackerConfig.DATA_DIR, dir.toString(), TrackerConfig.AS_OF, day.toString()));
            dueSoonDays = config.alertSettings().dueSoonDays();
            // A fresh run over no notes has nothing to show: say so at once rather than start a broker for it (a kept
            // --data-dir may still hold the ledger of notes since deleted, so it runs).
            if (dataDir == null && EmbeddedPipeline.notesIn(config).isEmpty()) {
                spec.commandLine()
                        .getErr()
                        .printf(
                                "No notes found in %s (files matching %s; hidden ones are not read):"
                                        + " the ledger is empty.%n",
                                config.inputDir(), String.join(", ", config.filePatterns()));
                return print(LedgerReport.build(day, List.of(), List.of(), List.of()), dueSoonDays);
            }
            try (EmbeddedPipeline running = EmbeddedPipeline.start(config, EmbeddedPipeline.Options.batch(0))) {
                running.awaitProcessed(Duration.ofSeconds(timeoutSeconds));
                report = running.report(day);
            }
        } finally {
            if (dataDir == null) {
                Directories.deleteTree(dir);
            }
        }
        return print(report, dueSoonDays);
    }

    private int print(LedgerReport report, int dueSoonDays) {
        spec.commandLine()
                .getOut()
                .println(
                        format == Format.json
                                ? ReportJson.write(report, dueSoonDays)
                                : ReportText.write(report, TerminalWidth.columns()));
        spec.commandLine().getOut().flush();
        return 0;
    }
}

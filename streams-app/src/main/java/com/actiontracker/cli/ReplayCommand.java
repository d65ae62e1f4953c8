package com.actiontracker.cli;

import com.actiontracker.query.ReportText;
import com.actiontracker.runtime.EmbeddedKafka;
import com.actiontracker.runtime.EmbeddedPipeline;
import com.actiontracker.runtime.Replay;
import com.actiontracker.runtime.ReplayPreview;
import com.actiontracker.runtime.TrackerConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Rebuilds every store from the retained history: with the embedded stack of {@code tracker demo} (stop it first),
 * or, with {@code --bootstrap-server}, resets the app on an external cluster (stop every instance first, then start
 * them with {@code tracker run --clean-state}).
 */
@Command(
        name = "replay",
        mixinStandardHelpOptions = true,
        description = {
            "Rebuild every store from the retained raw notes and commands (a new parser re-derives" + " everything).",
            "Stop `tracker demo` first; alerts already delivered are not sent again (ids are"
                    + " deterministic and the Slack bridge keeps a delivery log)."
        })
final class ReplayCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PipelineOptions pipeline;

    @Mixin
    LoggingOptions logging;

    @Mixin
    EmbeddedStackOptions stack;

    @Option(
            names = "--bootstrap-server",
            paramLabel = "HOST:PORT",
            description = "Reset the app on this external cluster instead of the embedded one.")
    String bootstrapServer;

    @Option(
            names = "--to-datetime",
            paramLabel = "YYYY-MM-DDThh:mm:ss",
            description = "Replay only what was written from then on, a time in UTC (the stores start empty).")
    String toDateTime;

    @Option(
            names = "--preview",
            description = "Change nothing: run this version over the retained notes under a shadow"
                    + " application id and topics, print what the replay would add, remove and change, then clean up.")
    boolean preview;

    @Override
    public Integer call() throws Exception {
        Optional<LocalDateTime> from = Optional.ofNullable(toDateTime).map(this::dateTime);
        if (preview) {
            if (from.isPresent()) {
                throw new ParameterException(
                        spec.commandLine(), "--preview replays all history; leave out --to-datetime");
            }
            return preview();
        }
        if (bootstrapServer != null) {
            Map<String, String> options = new HashMap<>(stack.settings());
            options.put("bootstrap.servers", bootstrapServer);
            TrackerConfig config = TrackerConfig.load(new Properties(), CliEnvironment.get(), options);
            Replay.reset(config, from);
            spec.commandLine().getOut().println("Reset done. Start every instance with `tracker run --clean-state`.");
            return 0;
        }
        TrackerConfig config = pipeline.config(stack.settings());
        if (!Files.isDirectory(config.dataDir().resolve("kafka"))) {
            throw new ParameterException(spec.commandLine(), "No tracker data in " + config.dataDir() + " to replay");
        }
        try (EmbeddedPipeline running = EmbeddedPipeline.start(
                config, EmbeddedPipeline.Options.batch(stack.kafkaPort).replaying(from))) {
            ReplayProgress progress = new ReplayProgress(spec.commandLine().getErr(), System.console() != null);
            try {
                running.awaitProcessed(Duration.ofMinutes(10), progress);
            } finally {
                progress.finish();
            }
            spec.commandLine()
                    .getOut()
                    .print(ReportText.write(running.report(LocalDate.now()), TerminalWidth.columns()));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }

    private int preview() throws IOException, InterruptedException, ExecutionException, TimeoutException {
        if (bootstrapServer != null) {
            print(ReplayPreview.run(
                    TrackerConfig.load(
                            new Properties(), CliEnvironment.get(), Map.of("bootstrap.servers", bootstrapServer)),
                    LocalDate.now(),
                    Duration.ofMinutes(10)));
            return 0;
        }
        Path dataDir = pipeline.settings(stack.settings()).dataDir();
        if (!Files.isDirectory(dataDir.resolve("kafka"))) {
            throw new ParameterException(spec.commandLine(), "No tracker data in " + dataDir + " to preview");
        }
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dataDir, stack.kafkaPort)) {
            Map<String, String> settings = new HashMap<>(stack.settings());
            settings.put("bootstrap.servers", kafka.bootstrapServers());
            print(ReplayPreview.run(pipeline.settings(settings), LocalDate.now(), Duration.ofMinutes(10)));
        }
        return 0;
    }

    private void print(ReplayPreview.Result result) {
        var out = spec.commandLine().getOut();
        out.printf(
                "A replay would rebuild %d actions (now %d): %d changes%n",
                result.after(), result.before(), result.changes().size());
        result.changes().forEach(line -> out.println("  " + line));
        out.printf(
                "Decisions, risks and questions: %d changes%n",
                result.findings().size());
        result.findings().forEach(line -> out.println("  " + line));
        out.println("Nothing was changed; run `tracker replay` to apply.");
        out.flush();
    }

    private LocalDateTime dateTime(String value) {
        try {
            return LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new ParameterException(
                    spec.commandLine(), "'" + value + "' is not a date-time (YYYY-MM-DDThh:mm:ss)");
        }
    }
}

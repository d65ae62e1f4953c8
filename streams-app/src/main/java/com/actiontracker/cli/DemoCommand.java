package com.actiontracker.cli;

import com.actiontracker.query.LedgerDiff;
import com.actiontracker.query.LedgerReport;
import com.actiontracker.query.ReportText;
import com.actiontracker.runtime.Directories;
import com.actiontracker.runtime.EmbeddedPipeline;
import com.actiontracker.runtime.TrackerConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.config.ConfigException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The whole tracker in this process, over a folder it keeps watching: the README's first command. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Start an embedded Kafka, the notes folder connector and the streams app; print the ledger and"
                    + " keep watching the folder.",
            "Ctrl-C stops everything. State is kept in --data-dir, so a restart resumes" + " where it left off."
        })
final class DemoCommand implements Callable<Integer> {

    private static final Duration PROCESS_TIMEOUT = Duration.ofSeconds(300);

    @Mixin
    PipelineOptions pipeline;

    @Mixin
    LoggingOptions logging;

    @Spec
    CommandSpec spec;

    // No picocli default: tracker.http.port (file, environment) must be able to set it.
    @Option(
            names = "--port",
            paramLabel = "N",
            description = "Port of the web page (default: tracker.http.port, 8080).")
    Integer port;

    @Mixin
    EmbeddedStackOptions stack;

    @Option(names = "--fresh", description = "Delete everything in --data-dir first and start over.")
    boolean fresh;

    @Option(
            names = "--slack-webhook-file",
            paramLabel = "FILE",
            description =
                    "Post overdue alerts to the Slack incoming webhook whose URL is in FILE (readable by you only:"
                            + " chmod 600), through the Slack sink in the embedded Connect worker. Or set SLACK_WEBHOOK_URL.")
    Path slackWebhookFile;

    // The URL on the command line would be visible to every user of the machine (ps): refused with the way out.
    @Option(names = "--slack-webhook", paramLabel = "URL", hidden = true)
    void refuseWebhookOnCommandLine(String ignored) {
        throw new ParameterException(
                spec.commandLine(),
                "--slack-webhook is no longer accepted: a URL on the command"
                        + " line can be read by every user of this machine (ps). Put it in a file only you can read and pass"
                        + " --slack-webhook-file FILE, or set SLACK_WEBHOOK_URL.");
    }

    /** The settings this demo runs with: defaults, then the config file, the environment, these options. */
    TrackerConfig config() {
        Map<String, String> options = new HashMap<>(stack.settings());
        if (port != null) {
            options.put(TrackerConfig.HTTP_PORT, Integer.toString(port));
        }
        if (slackWebhookFile != null) {
            options.put(TrackerConfig.SLACK_WEBHOOK_FILE, slackWebhookFile.toString());
        }
        return pipeline.config(options);
    }

    @Override
    public Integer call() throws Exception {
        TrackerConfig config = config();
        if (fresh) {
            Directories.deleteTree(config.dataDir());
        }
        try {
            config.slackSinkProperties();
        } catch (ConfigException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Starting embedded Kafka on localhost:" + stack.kafkaPort + " (data in "
                + config.dataDir().toAbsolutePath() + ")...");
        try (ShutdownSignal stop = ShutdownSignal.install();
                EmbeddedPipeline running =
                        EmbeddedPipeline.start(config, EmbeddedPipeline.Options.serving(stack.kafkaPort))) {
            out.println("Kafka: " + running.bootstrapServers() + "   notes: "
                    + config.inputDir().toAbsolutePath());
            boolean token = running.config().httpSettings().token() != null;
            running.url()
                    .ifPresent(url -> out.println(
                            "Web page: " + url + (token ? " (it asks for the access token, tracker.http.token)" : "")));
            EmbeddedPipeline.Recovery recovery = running.recovery();
            if (recovery.uncleanStop()) {
                out.println("The last run did not stop cleanly (killed?): Kafka waited for its old session to end,"
                        + " and the streams app restores its stores from their changelogs.");
            }
            recovery.aborted().forEach(a -> out.println("Aborted a hanging transaction on " + a.describe()));
            if (!config.slackSinkProperties().isEmpty()) {
                out.println("Slack: overdue alerts are posted by the '" + EmbeddedPipeline.SLACK_CONNECTOR + "' sink"
                        + " (rejected ones land in " + config.topics().slackDeadLetters() + ")");
            }
            running.awaitProcessed(PROCESS_TIMEOUT);
            LedgerReport shown = running.report(LocalDate.now());
            out.println();
            out.print(ReportText.write(shown, TerminalWidth.columns()));
            out.println();
            if (shown.nothingOpen()) {
                LedgerReport.latestOverdueDay(running.app().actions(), shown.asOf())
                        .ifPresent(then -> out.println("Nothing is open today: every action in these notes is done or"
                                + " cancelled. The latest day something was overdue was " + then + ": "
                                + running.url()
                                        .map(url -> url + "?asOf=" + then + " or ")
                                        .orElse("")
                                + "tracker report --as-of " + then));
            }
            out.println("Watching " + config.inputDir().toAbsolutePath() + " for changes. Ctrl-C to stop.");
            while (!stop.await(1, TimeUnit.SECONDS)) {
                LedgerReport now = running.report(LocalDate.now());
                List<String> changes = LedgerDiff.changes(shown, now);
                if (!changes.isEmpty()) {
                    out.println();
                    out.println(LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + " ledger changed:");
                    changes.forEach(c -> out.println("  " + c));
                    out.print(ReportText.ownerTable(now));
                    out.flush();
                    shown = now;
                }
            }
            out.println("Stopping...");
        }
        return 0;
    }
}

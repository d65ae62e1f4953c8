package com.actiontracker.cli;

import com.actiontracker.runtime.Directories;
import com.actiontracker.runtime.HangingTransactions;
import com.actiontracker.runtime.TopicProvisioner;
import com.actiontracker.runtime.TrackerConfig;
import com.actiontracker.runtime.TrackerService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Service mode: the streams app against an external Kafka cluster, configured by file and environment. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Run the streams app against an existing Kafka cluster (service mode).",
            "Settings come from --config, then TRACKER_* / KAFKA_* environment variables (see README)."
        })
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LoggingOptions logging;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "Properties file (optional: the environment may hold everything).")
    Path configFile;

    @Option(
            names = "--bootstrap-server",
            paramLabel = "HOST:PORT",
            description = "Kafka to connect to (default: localhost:9092).")
    String bootstrapServer;

    @Option(
            names = "--clean-state",
            description = "Delete this instance's local stores first (after `tracker replay`).")
    boolean cleanState;

    @Override
    public Integer call() throws Exception {
        Properties file = new Properties();
        if (configFile != null) {
            if (!Files.isReadable(configFile)) {
                throw new ParameterException(spec.commandLine(), "Config file not found: " + configFile);
            }
            try (var in = Files.newInputStream(configFile)) {
                file.load(in);
            }
        }
        Map<String, String> overrides = new HashMap<>();
        if (bootstrapServer != null) {
            overrides.put("bootstrap.servers", bootstrapServer);
        }
        TrackerConfig config = TrackerConfig.load(file, CliEnvironment.get(), overrides);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", config.bootstrapServers()))) {
            if (config.createTopics()) {
                TopicProvisioner.ensure(admin, config.topics(), config.partitions(), config.replicationFactor());
            }
            HangingTransactions.forApp(admin, config)
                    .abortAll()
                    .forEach(aborted -> spec.commandLine()
                            .getOut()
                            .println("Aborted a hanging transaction on " + aborted.describe()));
        }
        if (cleanState) {
            Directories.deleteTree(config.stateDirectory());
        }
        try (ShutdownSignal stop = ShutdownSignal.install();
                TrackerService service = TrackerService.start(config, Duration.ofMinutes(5))) {
            spec.commandLine()
                    .getOut()
                    .println("Action Tracker running against " + config.bootstrapServers() + "; web page and API on "
                            + service.url() + ". Ctrl-C to stop.");
            stop.await();
        }
        return 0;
    }
}

package com.actiontracker.cli;

import com.actiontracker.runtime.TrackerConfig;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** Where the embedded stack of {@code tracker demo} keeps its data and listens: shared by demo and replay. */
final class EmbeddedStackOptions {

    // No picocli default: tracker.data.dir (file, environment) must be able to say where the data is.
    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description =
                    "Broker log, Connect offsets and stream state of the embedded stack (default: tracker.data.dir, .tracker).")
    Path dataDir;

    /** The option, when given, as a setting that wins over the file and the environment. */
    Map<String, String> settings() {
        return dataDir == null ? Map.of() : Map.of(TrackerConfig.DATA_DIR, dataDir.toString());
    }

    @Option(
            names = "--kafka-port",
            paramLabel = "N",
            defaultValue = "9092",
            description = "Port of the embedded Kafka broker (default: ${DEFAULT-VALUE}).")
    int kafkaPort;
}

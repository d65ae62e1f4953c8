package com.actiontracker.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the embedded stack of {@code tracker demo} keeps its data and listens: shared by demo and replay. */
final class EmbeddedStackOptions {

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = ".tracker",
            description = "Broker log, Connect offsets and stream state of the embedded stack (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--kafka-port", paramLabel = "N", defaultValue = "9092",
            description = "Port of the embedded Kafka broker (default: ${DEFAULT-VALUE}).")
    int kafkaPort;
}

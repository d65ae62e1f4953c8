package com.actiontracker.cli;

import picocli.CommandLine.Option;

/** How commands that talk to a running tracker reach Kafka. */
final class KafkaOptions {

    @Option(names = "--bootstrap-server", paramLabel = "HOST:PORT", defaultValue = "localhost:9092",
            description = "Kafka to talk to (default: ${DEFAULT-VALUE}, the broker of `tracker demo`).")
    String bootstrapServer;

    @Option(names = "--topic-prefix", paramLabel = "PREFIX", defaultValue = "tracker.",
            description = "Prefix of the tracker's topics (default: ${DEFAULT-VALUE}).")
    String topicPrefix;

    com.actiontracker.topology.Topics topics() {
        return new com.actiontracker.topology.Topics(topicPrefix);
    }
}

package com.actiontracker.cli;

import com.actiontracker.runtime.TrackerConfig;
import picocli.CommandLine.Option;

/**
 * How commands that talk to a running tracker reach Kafka: the options, else the environment
 * ({@code KAFKA_BOOTSTRAP_SERVERS}, {@code TRACKER_TOPIC_PREFIX}), else the defaults (the broker of {@code tracker demo}).
 */
final class KafkaOptions {

    @Option(names = "--bootstrap-server", paramLabel = "HOST:PORT",
            description = "Kafka to talk to (default: KAFKA_BOOTSTRAP_SERVERS, else localhost:9092, the broker of `tracker demo`).")
    String bootstrapServer;

    @Option(names = "--topic-prefix", paramLabel = "PREFIX",
            description = "Prefix of the tracker's topics (default: TRACKER_TOPIC_PREFIX, else tracker.).")
    String topicPrefix;

    private TrackerConfig resolved;

    /** Resolved once, when first asked (picocli has set the options by then). */
    private TrackerConfig config() {
        if (resolved != null) {
            return resolved;
        }
        java.util.Map<String, String> options = new java.util.HashMap<>();
        if (bootstrapServer != null) {
            options.put("bootstrap.servers", bootstrapServer);
        }
        if (topicPrefix != null) {
            options.put(TrackerConfig.TOPIC_PREFIX, topicPrefix);
        }
        resolved = TrackerConfig.load(new java.util.Properties(), CliEnvironment.get(), options);
        return resolved;
    }

    String bootstrapServers() {
        return config().bootstrapServers();
    }

    com.actiontracker.topology.Topics topics() {
        return config().topics();
    }
}

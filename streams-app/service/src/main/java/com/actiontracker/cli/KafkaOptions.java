package com.actiontracker.cli;

import com.actiontracker.runtime.TrackerConfig;
import com.actiontracker.topology.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import org.apache.kafka.common.errors.TimeoutException;
import picocli.CommandLine.Option;

/**
 * How commands that talk to a running tracker reach Kafka: the options, else the environment
 * ({@code KAFKA_BOOTSTRAP_SERVERS}, {@code TRACKER_TOPIC_PREFIX}), else the defaults (the broker of {@code tracker demo}).
 */
final class KafkaOptions {

    /** How long a command waits for the broker before it says it found none. */
    static final Duration REACH_TIMEOUT = Duration.ofSeconds(5);

    @Option(
            names = "--bootstrap-server",
            paramLabel = "HOST:PORT",
            description =
                    "Kafka to talk to (default: KAFKA_BOOTSTRAP_SERVERS, else localhost:9092, the broker of `tracker demo`).")
    String bootstrapServer;

    @Option(
            names = "--topic-prefix",
            paramLabel = "PREFIX",
            description = "Prefix of the tracker's topics (default: TRACKER_TOPIC_PREFIX, else tracker.).")
    String topicPrefix;

    private TrackerConfig resolved;

    /** Resolved once, when first asked (picocli has set the options by then). */
    private TrackerConfig config() {
        if (resolved != null) {
            return resolved;
        }
        Map<String, String> options = new HashMap<>();
        if (bootstrapServer != null) {
            options.put("bootstrap.servers", bootstrapServer);
        }
        if (topicPrefix != null) {
            options.put(TrackerConfig.TOPIC_PREFIX, topicPrefix);
        }
        resolved = TrackerConfig.load(new Properties(), CliEnvironment.get(), options);
        return resolved;
    }

    String bootstrapServers() {
        return config().bootstrapServers();
    }

    /**
     * Runs the command's first call to the broker, bounded by {@link #REACH_TIMEOUT}, and turns its timeout into a
     * message naming the address and what starts a broker: a Kafka client otherwise retries for a minute or more
     * without a word. The call's own client finds out, so a command pays for no separate reachability check.
     */
    <T> T reaching(Function<Duration, T> call) {
        try {
            return call.apply(REACH_TIMEOUT);
        } catch (TimeoutException e) {
            throw new IllegalStateException(
                    "no Kafka broker answered at " + bootstrapServers() + " within " + REACH_TIMEOUT.toSeconds()
                            + " s: start one with `tracker demo`, or give --bootstrap-server (or"
                            + " KAFKA_BOOTSTRAP_SERVERS)",
                    e);
        }
    }

    Topics topics() {
        return config().topics();
    }
}

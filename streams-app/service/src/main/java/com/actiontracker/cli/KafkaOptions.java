package com.actiontracker.cli;

import com.actiontracker.runtime.TrackerConfig;
import com.actiontracker.topology.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
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
     * Fails within {@link #REACH_TIMEOUT} when no broker answers at the address, naming it and what starts one: a
     * Kafka client otherwise retries for a minute or more without a word.
     */
    void requireBroker() {
        String address = bootstrapServers();
        try (Admin admin = Admin.create(Map.of(
                "bootstrap.servers",
                address,
                "request.timeout.ms",
                (int) REACH_TIMEOUT.toMillis(),
                "default.api.timeout.ms",
                (int) REACH_TIMEOUT.toMillis()))) {
            admin.describeCluster().clusterId().get(REACH_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("no Kafka broker answered at " + address + " within "
                    + REACH_TIMEOUT.toSeconds() + " s: start one with `tracker demo`, or give --bootstrap-server"
                    + " (or KAFKA_BOOTSTRAP_SERVERS)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reaching Kafka at " + address, e);
        }
    }

    Topics topics() {
        return config().topics();
    }
}

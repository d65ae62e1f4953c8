package com.actiontracker.runtime;

import com.actiontracker.identity.AliasFile;
import com.actiontracker.identity.OwnerResolver;
import com.actiontracker.parse.NoteParser;
import com.actiontracker.parse.ParserSettings;
import com.actiontracker.query.LocalStores;
import com.actiontracker.topology.TrackerTopology;
import com.actiontracker.tracking.ActionState;
import com.actiontracker.tracking.FindingState;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Kafka Streams application: its topology, its lifecycle, and read access to its stores on this instance. */
public final class TrackerApp implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TrackerApp.class);

    private final KafkaStreams streams;
    private final Topology topology;
    private final Properties properties;
    private final ThreadFailurePolicy failures;
    private final OwnerResolver owners;

    private TrackerApp(Topology topology, Properties properties, ThreadFailurePolicy failures, OwnerResolver owners) {
        this.owners = owners;
        this.topology = topology;
        this.properties = properties;
        this.failures = failures;
        this.streams = new KafkaStreams(topology, properties);
    }

    public static TrackerApp create(TrackerConfig config) throws IOException {
        Properties properties = config.streamsProperties();
        NoteParser parser = new NoteParser(ParserSettings.fromProperties(config.parserProperties()));
        Map<String, String> aliases = config.aliasesFile().isPresent()
                ? AliasFile.load(config.aliasesFile().get())
                : Map.of();
        OwnerResolver owners = new OwnerResolver(config.vaultOwner(), aliases);
        Topology topology = TrackerTopology.build(
                config.topics(), parser, config.acceptConfidence(), owners, config.alertSettings(), properties);
        return new TrackerApp(
                topology,
                properties,
                new ThreadFailurePolicy(
                        config.threadMaxReplacements(), config.threadReplacementWindow(), Clock.systemUTC()),
                owners);
    }

    /** How notes' names become owners here (aliases, the vault owner), for names a person types to find one. */
    public OwnerResolver ownerResolver() {
        return owners;
    }

    /** Starts processing and waits until every task is assigned and running. */
    public void start(Duration timeout) throws InterruptedException, TimeoutException {
        CountDownLatch running = new CountDownLatch(1);
        streams.setStateListener((now, before) -> {
            if (now == KafkaStreams.State.RUNNING) {
                running.countDown();
            }
        });
        streams.setUncaughtExceptionHandler(failures);
        streams.start();
        if (!running.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new TimeoutException(
                    "Kafka Streams not running after " + timeout.toSeconds() + "s: " + streams.state());
        }
    }

    public String applicationId() {
        return properties.getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
    }

    public KafkaStreams streams() {
        return streams;
    }

    /** The topics the topology reads, excluding its own repartition topics. */
    public Set<String> sourceTopics() {
        Set<String> topics = new TreeSet<>();
        for (TopologyDescription.Subtopology sub : topology.describe().subtopologies()) {
            for (TopologyDescription.Node node : sub.nodes()) {
                if (node instanceof TopologyDescription.Source source && source.topicSet() != null) {
                    topics.addAll(source.topicSet());
                }
            }
        }
        return topics;
    }

    /** This instance's stores. */
    public LocalStores stores() {
        return new LocalStores(streams);
    }

    /** Every action held by this instance's tasks. */
    public List<ActionState> actions() {
        return stores().actions();
    }

    public List<FindingState> findings() {
        return stores().findings();
    }

    /**
     * Stops processing and leaves the group: by default a Streams member stays in its group after close, so the next
     * start (or another instance taking over) would wait a whole session timeout for it to be declared dead.
     */
    @Override
    public void close() {
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(Duration.ofSeconds(30)));
    }
}

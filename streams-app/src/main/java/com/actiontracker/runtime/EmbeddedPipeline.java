package com.actiontracker.runtime;

import com.actiontracker.avro.DeadLetter;
import com.actiontracker.connect.notes.FilePatterns;
import com.actiontracker.connect.notes.FolderScanner;
import com.actiontracker.connect.slack.SlackSinkConfig;
import com.actiontracker.connect.slack.SlackSinkConnector;
import com.actiontracker.query.LedgerReport;
import com.actiontracker.query.ReportJson;
import com.actiontracker.schemas.AvroSerde;
import com.actiontracker.topology.DeadLetters;
import com.actiontracker.topology.Topics;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The whole tracker in one process: an embedded Kafka broker, the Connect worker running the notes folder
 * connector, and the Streams app. Closing it stops them in reverse order.
 */
public final class EmbeddedPipeline implements AutoCloseable {

    public static final String SLACK_CONNECTOR = "slack-alerts";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final AvroSerde<DeadLetter> LETTERS = AvroSerde.of(DeadLetter.class);

    private final TrackerConfig config;
    private final EmbeddedKafka kafka;
    /** Stops the streams app, and its HTTP server when it serves one. */
    private final Runnable stopStreams;

    private final TrackerApp app;
    private final String url;
    private final EmbeddedConnect connect;
    private final Recovery recovery;

    /**
     * What the start found of a previous run that did not stop cleanly.
     *
     * @param uncleanStop whether the last run was killed (the broker had not shut down)
     * @param aborted     hanging transactions aborted so that reading could go on past them
     */
    public record Recovery(boolean uncleanStop, List<HangingTransactions.Aborted> aborted) {
        public Recovery {
            aborted = List.copyOf(aborted);
        }
    }

    private EmbeddedPipeline(
            TrackerConfig config,
            EmbeddedKafka kafka,
            Runnable stopStreams,
            TrackerApp app,
            String url,
            EmbeddedConnect connect,
            Recovery recovery) {
        this.config = config;
        this.kafka = kafka;
        this.stopStreams = stopStreams;
        this.app = app;
        this.url = url;
        this.connect = connect;
        this.recovery = recovery;
    }

    public Recovery recovery() {
        return recovery;
    }

    /**
     * How the pipeline starts.
     *
     * @param kafkaPort  the embedded broker's client port; 0 picks a free one
     * @param serve      also serve the HTTP API and the web page
     * @param replay     reset the app first, so that it rebuilds every store from its retained inputs ({@link Replay})
     * @param replayFrom with {@code replay}: replay what was written from then on, instead of all history
     */
    public record Options(int kafkaPort, boolean serve, boolean replay, Optional<LocalDateTime> replayFrom) {

        /** A batch run: no web page, no replay. */
        public static Options batch(int kafkaPort) {
            return new Options(kafkaPort, false, false, Optional.empty());
        }

        /** With the HTTP API and the web page. */
        public static Options serving(int kafkaPort) {
            return new Options(kafkaPort, true, false, Optional.empty());
        }

        /** The same, reset first to replay from that time (empty: all history). */
        public Options replaying(Optional<LocalDateTime> from) {
            return new Options(kafkaPort, serve, true, from);
        }
    }

    /**
     * Starts broker, topics, streams app (with its HTTP API and page when {@code serve}) and connector, in that
     * order; stops what started if a later step fails.
     */
    public static EmbeddedPipeline start(TrackerConfig base, Options options)
            throws IOException, ExecutionException, InterruptedException, TimeoutException {
        EmbeddedKafka kafka = EmbeddedKafka.start(base.dataDir(), options.kafkaPort());
        Runnable stopStreams = null;
        EmbeddedConnect connect = null;
        try {
            Map<String, Object> props = new HashMap<>(base.originals());
            props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
            // Static membership: this is the only instance, so after a kill the restarted app takes its old place in
            // the group at once instead of waiting a session timeout (45 s) for the dead member to be dropped.
            props.putIfAbsent(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, "embedded");
            TrackerConfig config = new TrackerConfig(props);
            List<HangingTransactions.Aborted> aborted;
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
                TopicProvisioner.ensure(admin, config.topics(), config.partitions(), config.replicationFactor());
                aborted = HangingTransactions.forApp(admin, config).abortAll();
            }
            Recovery recovery = new Recovery(kafka.recoveredFromUncleanStop(), aborted);
            if (options.replay()) {
                Replay.reset(config, options.replayFrom());
            }
            TrackerApp app;
            String url = null;
            if (options.serve()) {
                TrackerService service = TrackerService.start(config, START_TIMEOUT);
                stopStreams = service::close;
                app = service.app();
                url = service.url();
            } else {
                app = TrackerApp.create(config);
                stopStreams = app::close;
                app.start(START_TIMEOUT);
            }
            connect = EmbeddedConnect.start(
                    kafka.bootstrapServers(),
                    config.dataDir(),
                    config.connectWorkerProperties(),
                    connectorConfig(config));
            if (!config.slackSinkProperties().isEmpty()) {
                connect.run(SLACK_CONNECTOR, slackSinkConfig(config, kafka.bootstrapServers(), url));
            }
            return new EmbeddedPipeline(config, kafka, stopStreams, app, url, connect, recovery);
        } catch (IOException | ExecutionException | InterruptedException | TimeoutException | RuntimeException e) {
            // The one cleanup path: whatever started is stopped once, in the reverse order of starting.
            stopStarted(connect, stopStreams, kafka, e);
            throw e;
        }
    }

    /** The web page's address, when it is served. */
    public Optional<String> url() {
        return Optional.ofNullable(url);
    }

    /**
     * The Slack sink over the alert topic (and the digest, when asked), with Connect's dead-letter topic for the
     * messages Slack rejects and the delivery log on this broker.
     */
    static Map<String, String> slackSinkConfig(TrackerConfig config, String bootstrapServers, String url) {
        Topics topics = config.topics();
        Map<String, String> sink = new HashMap<>();
        sink.put("connector.class", SlackSinkConnector.class.getName());
        sink.put(
                "topics",
                config.slackDigest() ? topics.alertsOverdue() + "," + topics.digest() : topics.alertsOverdue());
        sink.put("errors.tolerance", "all");
        sink.put("errors.deadletterqueue.topic.name", topics.slackDeadLetters());
        sink.put("errors.deadletterqueue.topic.replication.factor", Short.toString(config.replicationFactor()));
        sink.put("errors.deadletterqueue.context.headers.enable", "true");
        sink.put("errors.log.enable", "true");
        sink.put(SlackSinkConfig.DELIVERY_LOG_BOOTSTRAP, bootstrapServers);
        sink.put(SlackSinkConfig.DELIVERY_LOG_TOPIC, topics.slackDelivered());
        sink.put(SlackSinkConfig.DELIVERY_LOG_REPLICATION, Short.toString(config.replicationFactor()));
        // Alerts are written in transactions: never post one that was rolled back.
        sink.put("consumer.override.isolation.level", "read_committed");
        // The only task of the only worker: after a kill it rejoins its group at once (static membership).
        sink.put("consumer.override.group.instance.id", SLACK_CONNECTOR + "-0");
        if (url != null) {
            sink.put(SlackSinkConfig.SOURCE_URL_PREFIX, url.replaceAll("/+$", "") + "/notes/");
        }
        sink.putAll(config.slackSinkProperties());
        return sink;
    }

    static Map<String, String> connectorConfig(TrackerConfig config) {
        return Map.of(
                "notes.root", config.inputDir().toAbsolutePath().toString(),
                "topic", config.topics().rawNotes(),
                "dead.letter.topic", config.topics().deadLetters(),
                "file.patterns", String.join(",", config.filePatterns()),
                "poll.interval.ms", Long.toString(config.pollIntervalMs()),
                "file.minimum.age.ms", Long.toString(config.minimumFileAgeMs()),
                "max.file.bytes", Integer.toString(config.maxFileBytes()));
    }

    /**
     * Waits until every note file now in the input folder has been published by the connector and every record has
     * been processed by the streams app.
     */
    public void awaitProcessed(Duration timeout)
            throws IOException, ExecutionException, InterruptedException, TimeoutException {
        awaitProcessed(timeout, null);
    }

    /** What {@link #awaitProcessed(Duration, java.util.function.Consumer)} is waiting for, about once a second. */
    public record Waiting(int notesPublished, int notes, CatchUpWatcher.Progress progress) {

        /** What there is left to wait for, in a few words. */
        public String reason() {
            if (notesPublished < notes) {
                return "the folder connector to publish the notes (" + notesPublished + " of " + notes + ")";
            }
            return progress.processed() < progress.total()
                    ? "the stream app to read its topics"
                    : "the stream app to commit (and its internal topics)";
        }
    }

    /** The same, telling {@code watching} about once a second what it is waiting for; null: nobody is watching. */
    public void awaitProcessed(Duration timeout, Consumer<Waiting> watching)
            throws IOException, ExecutionException, InterruptedException, TimeoutException {
        Set<String> expected = notesIn(config);
        try (CatchUpWatcher watcher = new CatchUpWatcher(kafka.bootstrapServers(), app.applicationId())) {
            watcher.await(
                    app.sourceTopics(),
                    () -> connect.committedPaths().containsAll(expected),
                    timeout,
                    "Notes not processed",
                    watching == null
                            ? null
                            : (published, progress) -> watching.accept(
                                    new Waiting(published(expected, published), expected.size(), progress)));
        }
    }

    /** How many of the expected notes the connector has published; when it cannot say, all or none. */
    private int published(Set<String> expected, boolean all) {
        try {
            Set<String> done = new HashSet<>(connect.committedPaths());
            done.retainAll(expected);
            return done.size();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // Only a figure for a progress line: the wait itself asks again.
        }
        return all ? expected.size() : 0;
    }

    /** The note files in the input folder, as the connector would read them (its patterns, hidden entries out). */
    public static Set<String> notesIn(TrackerConfig config) throws IOException {
        return new FolderScanner(config.inputDir().toAbsolutePath(), new FilePatterns(config.filePatterns(), false))
                .scan()
                .keySet();
    }

    /** The ledger as of a day, from this process's stores and the dead-letter topic. */
    public LedgerReport report(LocalDate asOf) {
        return LedgerReport.build(asOf, app.actions(), app.findings(), deadLetters());
    }

    public List<LedgerReport.DeadLetterEntry> deadLetters() {
        return TopicReader.readAll(kafka.bootstrapServers(), config.topics().deadLetters()).stream()
                .map(r -> LETTERS.decode(r.value()))
                .map(d -> new LedgerReport.DeadLetterEntry(
                        d.getPath(), ReportJson.lower(DeadLetters.stage(d)), d.getReason()))
                .toList();
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public TrackerApp app() {
        return app;
    }

    public TrackerConfig config() {
        return config;
    }

    @Override
    public void close() {
        stopStarted(connect, stopStreams, kafka, null);
    }

    /**
     * Stops the parts that started, connector first and broker last; a failure to stop one does not keep the others
     * running. With {@code cause} (a failed start), such failures are attached to it instead of replacing it.
     */
    private static void stopStarted(
            EmbeddedConnect connect, Runnable stopStreams, EmbeddedKafka kafka, Exception cause) {
        RuntimeException first = null;
        for (Runnable step : new Runnable[] {connect == null ? null : connect::close, stopStreams, kafka::close}) {
            if (step == null) {
                continue;
            }
            try {
                step.run();
            } catch (RuntimeException e) {
                if (cause != null) {
                    cause.addSuppressed(e);
                } else if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}

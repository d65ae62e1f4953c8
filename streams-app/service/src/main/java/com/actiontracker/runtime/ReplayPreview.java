package com.actiontracker.runtime;

import com.actiontracker.avro.ActionStatus;
import com.actiontracker.avro.NoteFinding;
import com.actiontracker.query.LedgerDiff;
import com.actiontracker.query.LedgerReport;
import com.actiontracker.schemas.AvroSerde;
import com.actiontracker.tracking.ActionState;
import com.actiontracker.tracking.TrackingAvro;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a replay with this version of the tracker would change, before it rewrites anything: a shadow app (its own
 * application id, its own topics under a throwaway prefix, its own state directory) reads the real retained notes and
 * commands from the beginning; its ledger is compared with the one the running tracker published
 * ({@code actions.current}); then the shadow's topics, consumer group and state are deleted. The real app, its topics
 * and its offsets are only read.
 */
public final class ReplayPreview {

    private static final Logger log = LoggerFactory.getLogger(ReplayPreview.class);
    private static final AvroSerde<ActionStatus> STATUS = AvroSerde.of(ActionStatus.class);
    private static final AvroSerde<NoteFinding> FINDINGS = AvroSerde.of(NoteFinding.class);

    /**
     * @param changes  one line per action added, gone or changed (as {@link LedgerDiff} says it)
     * @param findings one line per decision, risk or question added or gone
     * @param before   actions in the current ledger
     * @param after    actions in the ledger the replay would build
     */
    public record Result(List<String> changes, List<String> findings, int before, int after) {
        public Result {
            changes = List.copyOf(changes);
            findings = List.copyOf(findings);
        }
    }

    private ReplayPreview() {}

    /** Runs the shadow app against the cluster {@code config} names, waits until it has read everything, cleans up. */
    public static Result run(TrackerConfig config, LocalDate asOf, Duration timeout)
            throws IOException, InterruptedException, ExecutionException, TimeoutException {
        List<ActionState> current = currentLedger(config);
        Map<String, String> currentFindings = currentFindings(config);
        String run = UUID.randomUUID().toString().substring(0, 8);
        String realApp = config.streamsProperties().getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
        String shadowApp = realApp + "-preview-" + run;
        // Not under the real prefix: nothing that looks for the real app's topics by prefix may take these for its own.
        String shadowPrefix = "preview-" + run + "." + config.topics().prefix();
        Path state = Files.createTempDirectory("tracker-preview-");
        Map<String, Object> settings = new HashMap<>(config.originals());
        settings.put(StreamsConfig.APPLICATION_ID_CONFIG, shadowApp);
        settings.put(TrackerConfig.TOPIC_PREFIX, shadowPrefix);
        settings.put(TrackerConfig.TOPIC_INPUT_PREFIX, config.topics().inputPrefix());
        settings.put(TrackerConfig.DATA_DIR, state.toString());
        // Static membership is for the one long-lived instance; a shadow that leaves must leave its group at once.
        settings.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        TrackerConfig shadow = new TrackerConfig(settings);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", config.bootstrapServers()))) {
            try {
                TopicProvisioner.ensure(admin, shadow.topics(), shadow.partitions(), shadow.replicationFactor());
                List<ActionState> replayed;
                Map<String, String> replayedFindings = new TreeMap<>();
                try (TrackerApp app = TrackerApp.create(shadow)) {
                    app.start(timeout);
                    try (CatchUpWatcher watcher = new CatchUpWatcher(shadow.bootstrapServers(), app.applicationId())) {
                        watcher.await(
                                app.sourceTopics(), () -> true, timeout, "The preview had not read the retained notes");
                    }
                    replayed = app.actions();
                    app.findings()
                            .forEach(f -> replayedFindings.put(
                                    f.id(), describe(f.kind().name(), f.text())));
                }
                LedgerReport before = LedgerReport.build(asOf, current, List.of(), List.of());
                LedgerReport after = LedgerReport.build(asOf, replayed, List.of(), List.of());
                return new Result(
                        LedgerDiff.changes(before, after),
                        findingChanges(currentFindings, replayedFindings),
                        count(before),
                        count(after));
            } finally {
                cleanUp(admin, shadowApp, shadowPrefix);
                Directories.deleteTree(state);
            }
        }
    }

    /** The latest state of every action, as the running tracker published it on its compacted topic. */
    private static List<ActionState> currentLedger(TrackerConfig config) {
        return TopicReader.latestByKey(
                        config.bootstrapServers(), config.topics().actionsCurrent())
                .values()
                .stream()
                .map(value -> TrackingAvro.fromAvro(STATUS.decode(value)))
                .toList();
    }

    /** Every decision, risk and question the notes currently state (id to description), from their event topics. */
    private static Map<String, String> currentFindings(TrackerConfig config) {
        Map<String, String> latest = new TreeMap<>();
        for (String topic : List.of(
                config.topics().decisions(),
                config.topics().risks(),
                config.topics().questions())) {
            TopicReader.readAll(config.bootstrapServers(), topic).forEach(r -> {
                NoteFinding f = FINDINGS.decode(r.value());
                if (f.getWithdrawn()) {
                    latest.remove(f.getId());
                } else {
                    latest.put(f.getId(), describe(f.getKind().name(), f.getText()));
                }
            });
        }
        return latest;
    }

    private static List<String> findingChanges(Map<String, String> before, Map<String, String> after) {
        List<String> changes = new ArrayList<>();
        after.forEach((id, text) -> {
            if (!before.containsKey(id)) {
                changes.add("new      " + text);
            }
        });
        before.forEach((id, text) -> {
            if (!after.containsKey(id)) {
                changes.add("gone     " + text);
            }
        });
        return changes;
    }

    private static String describe(String kind, String text) {
        return kind.toLowerCase(Locale.ROOT) + ": " + text;
    }

    private static void cleanUp(Admin admin, String shadowApp, String shadowPrefix)
            throws ExecutionException, InterruptedException {
        Set<String> topics = new TreeSet<>(admin.listTopics().names().get());
        topics.removeIf(t -> !t.startsWith(shadowPrefix) && !t.startsWith(shadowApp + "-"));
        admin.deleteTopics(topics).all().get();
        try {
            admin.deleteConsumerGroups(List.of(shadowApp)).all().get();
        } catch (ExecutionException e) {
            // A group that never committed, or is still emptying: nothing of the real app depends on it.
            log.warn(
                    "Could not delete the preview's consumer group {}: {}",
                    shadowApp,
                    e.getCause().getMessage());
        }
        log.info("Preview cleaned up: {} topics deleted", topics.size());
    }

    private static int count(LedgerReport report) {
        return report.owners().stream()
                        .mapToInt(o -> o.items().size() + o.awaiting().size())
                        .sum()
                + report.triage().needsOwner().size();
    }
}

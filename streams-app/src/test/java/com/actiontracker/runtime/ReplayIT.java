package com.actiontracker.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.actiontracker.avro.CommandType;
import com.actiontracker.avro.OverdueAlert;
import com.actiontracker.connect.slack.FakeSlack;
import com.actiontracker.schemas.AvroSerde;
import com.actiontracker.topology.StoreNames;
import com.actiontracker.tracking.ActionState;
import com.actiontracker.tracking.Lifecycle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A replay rebuilds every store from the retained raw notes and commands, item for item equal to what they held
 * before, and publishes the same alert events again (same ids, keys and owners), which Slack's delivery log
 * recognises. The late note's "Book the lab @Lior" is ticked after its alert went out as Lior Genzel: a replay reads
 * the tick before the foreign-key join has resolved who Lior is, and its alert still names Lior Genzel.
 */
class ReplayIT {

    private static final Duration PATIENCE = Duration.ofSeconds(180);
    private static final List<String> STORES = List.of(
            StoreNames.RESOLVED_ACTIONS,
            StoreNames.ACTIONS,
            StoreNames.FINDINGS,
            StoreNames.OWNER_LEDGER,
            StoreNames.PEOPLE,
            StoreNames.PEOPLE_GROUPS,
            StoreNames.NOTE_INDEX,
            StoreNames.NOTE_TEXT,
            StoreNames.ALERTS,
            StoreNames.ALERT_CANDIDATES);

    @TempDir
    Path vault;

    @TempDir
    Path data;

    @Test
    void theStoresRebuiltFromHistoryEqualTheStoresBeforeTheReplayAndSlackHearsNothingTwice() throws Exception {
        try (FakeSlack slack = FakeSlack.start()) {
            replayWithSlack(slack);
        }
    }

    private void replayWithSlack(FakeSlack slack) throws Exception {
        copySeeds();
        Files.writeString(
                vault.resolve("late.md"),
                "---\ndate: 2025-11-02\n---\n# Sync\n"
                        + "- [ ] Send the pricing sheet @Jason Vallery 📅 2025-11-05\n- [ ] Book the lab @Lior 📅 2025-11-04\n");
        TrackerConfig config = new TrackerConfig(Map.of(
                TrackerConfig.INPUT_DIR,
                vault.toString(),
                TrackerConfig.DATA_DIR,
                data.toString(),
                TrackerConfig.VAULT_OWNER,
                "Jason Vallery",
                TrackerConfig.INPUT_POLL_MS,
                "100",
                TrackerConfig.ALERT_GROUP_WAIT_MS,
                "5000",
                "slack.webhook.url",
                slack.webhookUrl()));

        Map<String, Map<String, String>> before;
        long alertsBefore;
        try (EmbeddedPipeline pipeline = EmbeddedPipeline.start(config, EmbeddedPipeline.Options.batch(0))) {
            pipeline.awaitProcessed(PATIENCE);
            // Sent once held for the group wait: a box ticked before that would resolve an alert nobody heard of.
            await().atMost(PATIENCE)
                    .untilAsserted(() -> assertThat(posted(slack)).contains("Send the pricing sheet", "Book the lab"));
            ActionState lab = pipeline.app().actions().stream()
                    .filter(a -> a.text().equals("Book the lab"))
                    .findFirst()
                    .orElseThrow();
            try (CommandPublisher commands = new CommandPublisher(pipeline.bootstrapServers(), config.topics())) {
                commands.send(lab.actionId(), CommandType.COMPLETE, null, LocalDate.of(2025, 11, 6), "test");
            }
            await().atMost(PATIENCE)
                    .untilAsserted(() -> assertThat(pipeline.app().stores().action(lab.actionId()))
                            .hasValueSatisfying(a -> assertThat(a.status()).isEqualTo(Lifecycle.DONE)));
            pipeline.awaitProcessed(PATIENCE);
            await().atMost(PATIENCE)
                    .untilAsserted(() -> assertThat(posted(slack)).contains("*Done*"));
            before = dump(pipeline.app().streams());
            alertsBefore = awaitSinkCaughtUp(pipeline, config);
        }
        assertThat(before.get(StoreNames.ALERTS))
                .as("an alert was raised and resolved")
                .hasSize(2);
        List<FakeSlack.Message> postedBefore = slack.messages();

        try (EmbeddedPipeline replayed =
                EmbeddedPipeline.start(config, EmbeddedPipeline.Options.batch(0).replaying(Optional.empty()))) {
            List<EmbeddedPipeline.Waiting> told = new CopyOnWriteArrayList<>();
            replayed.awaitProcessed(PATIENCE, told::add);
            assertThat(told).as("a replay says how far it is").isNotEmpty();
            EmbeddedPipeline.Waiting last = told.get(told.size() - 1);
            assertThat(last.progress().total()).isPositive();
            assertThat(last.progress().processed()).isEqualTo(last.progress().total());
            assertThat(last.notesPublished()).isEqualTo(last.notes());
            // The replay holds its alerts for the group wait, as the first run did.
            await().atMost(PATIENCE)
                    .until(() ->
                            alertEvents(replayed.bootstrapServers(), config).size() >= 2 * alertsBefore);
            Map<String, Map<String, String>> after = dump(replayed.app().streams());
            for (String store : STORES) {
                assertThat(differences(before.get(store), after.get(store)))
                        .as(store)
                        .isEmpty();
            }
            long alertsAfter = awaitSinkCaughtUp(replayed, config);
            assertThat(alertsAfter).as("the replay emitted the alerts again").isGreaterThan(alertsBefore);
            List<String> all = alertEvents(replayed.bootstrapServers(), config);
            assertThat(all.subList(0, (int) alertsBefore))
                    .as("the first run's alerts name the ledger's owner")
                    .anySatisfy(e -> assertThat(e).startsWith("Lior Genzel|Lior Genzel|Book the lab|OVERDUE|"))
                    .anySatisfy(e -> assertThat(e).startsWith("Lior Genzel|Lior Genzel|Book the lab|RESOLVED|"));
            assertThat(all.subList((int) alertsBefore, all.size()))
                    .as("the replay's alert events: key, owner, id")
                    .containsExactlyInAnyOrderElementsOf(all.subList(0, (int) alertsBefore));
        }
        assertThat(slack.messages())
                .as("Slack received no second copy of any alert")
                .isEqualTo(postedBefore);
    }

    private static String posted(FakeSlack slack) {
        return slack.messages().stream().map(FakeSlack.Message::content).collect(Collectors.joining("\n"));
    }

    /** Waits until the Slack sink's consumer group has processed every alert on the topic; returns how many there are. */
    private static long awaitSinkCaughtUp(EmbeddedPipeline pipeline, TrackerConfig config) throws Exception {
        String alerts = config.topics().alertsOverdue();
        try (CatchUpWatcher sink =
                new CatchUpWatcher(pipeline.bootstrapServers(), "connect-" + EmbeddedPipeline.SLACK_CONNECTOR)) {
            await().atMost(PATIENCE).until(() -> sink.caughtUp(Set.of(alerts)));
        }
        return TopicReader.readAll(pipeline.bootstrapServers(), alerts).size();
    }

    /** Each alert event on the topic as key|owner|text|type|event id, in the order of the topic. */
    private static List<String> alertEvents(String bootstrapServers, TrackerConfig config) {
        AvroSerde<OverdueAlert> serde = AvroSerde.of(OverdueAlert.class);
        return TopicReader.readAll(bootstrapServers, config.topics().alertsOverdue()).stream()
                .map(r -> {
                    OverdueAlert alert = serde.decode(r.value());
                    return String.join(
                            "|",
                            new String(r.key(), StandardCharsets.UTF_8),
                            String.valueOf(alert.getOwner()),
                            alert.getText(),
                            alert.getType().name(),
                            alert.getEventId());
                })
                .toList();
    }

    private static Map<String, Map<String, String>> dump(KafkaStreams streams) {
        Map<String, Map<String, String>> dump = new TreeMap<>();
        for (String store : STORES) {
            Map<String, String> entries = new TreeMap<>();
            try (KeyValueIterator<Object, Object> it = streams.store(
                            StoreQueryParameters.fromNameAndType(store, QueryableStoreTypes.keyValueStore()))
                    .all()) {
                it.forEachRemaining(
                        (KeyValue<Object, Object> kv) -> entries.put(String.valueOf(kv.key), String.valueOf(kv.value)));
            }
            assertThat(entries).as(store + " holds something to compare").isNotEmpty();
            dump.put(store, entries);
        }
        return dump;
    }

    /** Keys whose values differ, with both values, so a failure says what changed rather than dumping the stores. */
    private static List<String> differences(Map<String, String> before, Map<String, String> after) {
        Set<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        return keys.stream()
                .filter(k -> !Objects.equals(before.get(k), after.get(k)))
                .map(k -> k + "\n  before: " + before.get(k) + "\n  after:  " + after.get(k))
                .limit(3)
                .toList();
    }

    private void copySeeds() throws IOException {
        try (Stream<Path> seeds = Files.list(Path.of("../seeds"))) {
            for (Path seed : seeds.toList()) {
                Files.copy(seed, vault.resolve(seed.getFileName()));
            }
        }
    }
}

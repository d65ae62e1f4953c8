package com.actiontracker.topology;

import com.actiontracker.alerts.AlertSettings;
import com.actiontracker.alerts.OverdueClock;
import com.actiontracker.avro.ActionCommand;
import com.actiontracker.avro.CommandType;
import com.actiontracker.identity.OwnerResolver;
import com.actiontracker.parse.NoteParser;
import com.actiontracker.parse.ParserSettings;
import com.actiontracker.runtime.Directories;
import com.actiontracker.runtime.TrackerConfig;
import com.actiontracker.schemas.AvroSerde;
import com.actiontracker.tracking.ActionState;
import com.actiontracker.tracking.OwnerLedger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;

/** The whole topology in a TopologyTestDriver, with the inputs and outputs the tests use. */
final class TrackerDriver implements AutoCloseable {

    static final Topics TOPICS = Topics.DEFAULT;
    static final AlertSettings ALERTS = new AlertSettings(
            new OverdueClock.Zoned(ZoneOffset.UTC),
            Duration.ofMinutes(1),
            Duration.ofHours(24),
            LocalTime.of(8, 0),
            3,
            Duration.ZERO);

    final TopologyTestDriver driver;
    private final Path stateDir;
    final TestInputTopic<String, byte[]> raw;
    final TestInputTopic<String, byte[]> commands;

    TrackerDriver(AlertSettings alerts, Instant wallClock) {
        this(alerts, wallClock, TrackerConfig.DEFAULT_ACCEPT_CONFIDENCE);
    }

    TrackerDriver(AlertSettings alerts, Instant wallClock, double acceptConfidence) {
        // Each driver its own RocksDB directory: two builds (or forks) on one machine must not share the default one.
        try {
            stateDir = Files.createTempDirectory("tracker-driver-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The app's own Streams configuration (exactly-once, dead-letter handlers, optimisation), not a copy of it.
        Properties props = new TrackerConfig(Map.of(
                        TrackerConfig.DATA_DIR,
                        stateDir.toString(),
                        StreamsConfig.BOOTSTRAP_SERVERS_CONFIG,
                        "unused:9092"))
                .streamsProperties();
        driver = new TopologyTestDriver(
                TrackerTopology.build(
                        TOPICS,
                        new NoteParser(ParserSettings.defaults()),
                        acceptConfidence,
                        new OwnerResolver("Jason Vallery"),
                        alerts,
                        props),
                props,
                wallClock);
        raw = driver.createInputTopic(TOPICS.rawNotes(), new StringSerializer(), new ByteArraySerializer());
        commands = driver.createInputTopic(TOPICS.commands(), new StringSerializer(), new ByteArraySerializer());
    }

    TrackerDriver() {
        this(ALERTS, Instant.parse("2026-01-05T09:00:00Z"));
    }

    void publish(String path, String content, Instant at) {
        raw.pipeInput(path, NoteFiles.encoded(path, content, at), at);
    }

    void delete(String path, Instant at) {
        raw.pipeInput(path, null, at);
    }

    void command(String actionId, CommandType type, String owner, Instant at) {
        command(actionId, type, owner, null, at);
    }

    /** @param date the effective date: done or cancelled on, the new due date, the day a snooze ends */
    void command(String actionId, CommandType type, String owner, LocalDate date, Instant at) {
        commands.pipeInput(
                actionId,
                AvroSerde.of(ActionCommand.class)
                        .encode(ActionCommand.newBuilder()
                                .setCommandId("c-" + actionId + type + at)
                                .setActionId(actionId)
                                .setType(type)
                                .setOwner(owner)
                                .setEffectiveDate(date)
                                .setIssuedAt(at)
                                .build()),
                at);
    }

    /** An output topic read as our Avro events. */
    <T extends SpecificRecord> Output<T> output(String topic, Class<T> type) {
        return new Output<>(
                driver.createOutputTopic(topic, new StringDeserializer(), new ByteArrayDeserializer()),
                AvroSerde.of(type)::decode);
    }

    List<ActionState> actions() {
        return values(driver.getKeyValueStore(StoreNames.RESOLVED_ACTIONS));
    }

    ActionState action(String text) {
        return actions().stream()
                .filter(a -> a.text().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no action " + text + " in " + actions()));
    }

    /** An owner's ledger as the store holds it; null when they have no action. */
    OwnerLedger ledger(String owner) {
        KeyValueStore<String, OwnerLedger> ledgers = driver.getKeyValueStore(StoreNames.OWNER_LEDGER);
        return ledgers.get(owner);
    }

    <V> KeyValueStore<String, V> store(String name) {
        return driver.getKeyValueStore(name);
    }

    static <V> List<V> values(KeyValueStore<String, V> store) {
        List<V> values = new ArrayList<>();
        try (var it = store.all()) {
            it.forEachRemaining((KeyValue<String, V> kv) -> values.add(kv.value));
        }
        return values;
    }

    @Override
    public void close() {
        driver.close();
        try {
            Directories.deleteTree(stateDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records of one output topic: keys, and values decoded. */
    record Output<T>(TestOutputTopic<String, byte[]> topic, Function<byte[], T> decoder) {
        List<T> values() {
            return topic.readValuesToList().stream()
                    .map(v -> v == null ? null : decoder.apply(v))
                    .toList();
        }

        List<String> keys() {
            return topic.readKeyValuesToList().stream().map(kv -> kv.key).toList();
        }

        List<KeyValue<String, T>> records() {
            return topic.readKeyValuesToList().stream()
                    .map(kv -> KeyValue.pair(kv.key, kv.value == null ? null : decoder.apply(kv.value)))
                    .toList();
        }
    }
}

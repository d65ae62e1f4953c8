package com.actiontracker.cli;

import com.actiontracker.query.ReportJson;
import com.actiontracker.schemas.AnyEventSerde;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.avro.Schema;
import org.apache.avro.io.Encoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Decodes one of the tracker's topics and prints one JSON line per record, as it arrives. */
@Command(
        name = "tail",
        mixinStandardHelpOptions = true,
        description = {
            "Print the records of a tracker topic as JSON lines, as they arrive (Ctrl-C stops).",
            "TOPIC may omit the prefix: alerts.overdue is tracker.alerts.overdue."
        })
final class TailCommand implements Callable<Integer> {

    /** One line of output; {@code type} is the record's schema name, absent for a tombstone. */
    record Line(
            String key,
            String timestamp,
            int partition,
            long offset,
            JsonNode value,
            @JsonInclude(JsonInclude.Include.NON_NULL) String type) {}

    @Spec
    CommandSpec spec;

    @Mixin
    KafkaOptions kafka;

    @Mixin
    LoggingOptions logging;

    @Parameters(
            paramLabel = "TOPIC",
            description = "e.g. tracker.alerts.overdue, tracker.action-status, tracker.digest")
    String topic;

    @Option(names = "--owner", paramLabel = "NAME", description = "Only records of this owner (key or owner field).")
    String owner;

    @Option(names = "--from-beginning", description = "Start with the oldest record instead of new ones.")
    boolean fromBeginning;

    @Option(names = "--max", paramLabel = "N", description = "Stop after N records.")
    Integer max;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "json",
            description = "json (default): the record as plain JSON, nullable fields as their value. "
                    + "avro-json: Avro's JSON encoding of the record, which Avro's JsonDecoder reads back exactly "
                    + "with the schema (unions written as {\"string\": ...}, bytes as ISO-8859-1 characters).")
    Format format;

    /** How a record's value is written; picocli accepts a constant's toString, the word users type. */
    enum Format {
        JSON("json"),
        AVRO_JSON("avro-json");

        private final String word;

        Format(String word) {
            this.word = word;
        }

        @Override
        public String toString() {
            return word;
        }
    }

    @Option(
            names = "--until-end",
            description = "Stop at the end of the topic as it was when tail started, instead of waiting for more.")
    boolean untilEnd;

    @Override
    public Integer call() throws IOException {
        String prefix = kafka.topics().prefix();
        String bootstrap = kafka.bootstrapServers();
        String name = topic.startsWith(prefix) ? topic : prefix + topic;
        AnyEventSerde events = new AnyEventSerde();
        PrintWriter out = spec.commandLine().getOut();
        AtomicBoolean running = new AtomicBoolean(true);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            var infos = kafka.reaching(reach -> consumer.partitionsFor(name, reach));
            if (infos == null || infos.isEmpty()) {
                throw new IllegalArgumentException("No topic " + name + " on " + bootstrap);
            }
            List<TopicPartition> partitions = infos.stream()
                    .map(p -> new TopicPartition(name, p.partition()))
                    .toList();
            consumer.assign(partitions);
            if (fromBeginning) {
                consumer.seekToBeginning(partitions);
            } else {
                consumer.seekToEnd(partitions);
            }
            // read_committed: the end is each partition's last stable offset, past the last committed record.
            Map<TopicPartition, Long> end = untilEnd ? consumer.endOffsets(partitions) : Map.of();
            Thread main = Thread.currentThread();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                running.set(false);
                consumer.wakeup();
                try {
                    main.join(5000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            int printed = 0;
            try {
                while (running.get() && (max == null || printed < max) && !(untilEnd && atEnd(consumer, end))) {
                    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                        SpecificRecord value =
                                record.value() == null ? null : events.deserialize(record.topic(), record.value());
                        if (owner == null || matchesOwner(record, value)) {
                            out.println(ReportJson.write(line(record, value), false));
                            printed++;
                            if (max != null && printed >= max) {
                                break;
                            }
                        }
                    }
                    out.flush();
                }
            } catch (WakeupException e) {
                // Ctrl-C: stop quietly.
            }
        }
        return 0;
    }

    private static boolean atEnd(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private Line line(ConsumerRecord<byte[], byte[]> record, SpecificRecord value) throws IOException {
        return new Line(
                record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8),
                Instant.ofEpochMilli(record.timestamp()).toString(),
                record.partition(),
                record.offset(),
                value == null
                        ? null
                        : ReportJson.tree(
                                format == Format.AVRO_JSON
                                        ? new String(avroJson(value), StandardCharsets.UTF_8)
                                        : value.toString()),
                value == null ? null : value.getSchema().getName());
    }

    private static byte[] avroJson(SpecificRecord value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Encoder encoder = EncoderFactory.get().jsonEncoder(value.getSchema(), bytes);
        // The writer of the record's own class knows its logical types (dates, instants).
        new SpecificDatumWriter<SpecificRecord>(value.getSchema()).write(value, encoder);
        encoder.flush();
        return bytes.toByteArray();
    }

    private boolean matchesOwner(ConsumerRecord<byte[], byte[]> record, SpecificRecord value) {
        if (record.key() != null && owner.equals(new String(record.key(), StandardCharsets.UTF_8))) {
            return true;
        }
        Schema.Field field = value == null ? null : value.getSchema().getField("owner");
        return field != null && Objects.equals(owner, Objects.toString(value.get(field.pos()), null));
    }
}

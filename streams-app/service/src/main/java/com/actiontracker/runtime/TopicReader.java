package com.actiontracker.runtime;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Reads a whole topic, from the beginning up to its current end (committed records only), without a group. */
public final class TopicReader {

    /** The consumer's own default ({@code default.api.timeout.ms}). */
    static final Duration DEFAULT_REACH = Duration.ofMinutes(1);

    private TopicReader() {}

    /**
     * A compacted topic as a table: each key's latest value, in key order; a tombstone removes its key. Keys are read
     * as UTF-8 (the tracker's keys are ids and paths).
     */
    public static SortedMap<String, byte[]> latestByKey(String bootstrapServers, String topic) {
        return latestByKey(bootstrapServers, topic, DEFAULT_REACH);
    }

    /**
     * As {@link #latestByKey(String, String)}, giving up with a Kafka {@code TimeoutException} when no broker tells
     * the topic's partitions within {@code reach}.
     */
    public static SortedMap<String, byte[]> latestByKey(String bootstrapServers, String topic, Duration reach) {
        SortedMap<String, byte[]> latest = new TreeMap<>();
        readAll(bootstrapServers, topic, reach).forEach(r -> {
            String key = new String(r.key(), StandardCharsets.UTF_8);
            if (r.value() == null) {
                latest.remove(key);
            } else {
                latest.put(key, r.value());
            }
        });
        return latest;
    }

    public static List<ConsumerRecord<byte[], byte[]>> readAll(String bootstrapServers, String topic) {
        return readAll(bootstrapServers, topic, DEFAULT_REACH);
    }

    private static List<ConsumerRecord<byte[], byte[]>> readAll(String bootstrapServers, String topic, Duration reach) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                        // A reader that stops at the end asks again at once rather than letting the broker hold an
                        // empty fetch for the default half second: a command's lookup waits on it.
                        ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "10"),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, reach).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .collect(Collectors.toList());
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }
}

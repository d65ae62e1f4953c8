package com.actiontracker.connect.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * Which notices have been posted, kept in a compacted topic keyed by notice id, and loaded in full when the task
 * starts. Consumer offsets alone cannot promise "never twice": a crash before the offset commit, a rewind of the
 * connector's offsets, or a replay of the tracker (which emits the same alert ids again) all deliver a record
 * again. Each entry also remembers the message an alert was posted in, so its resolution can reply in that thread.
 *
 * <p>An entry is written, and flushed, right after Slack accepted the message: a crash in between is the one
 * window in which a message can be posted twice.
 *
 * <p>An entry is kept for the retention of the alert topics ({@code delivery.log.retention.ms}), then removed with a
 * tombstone, so that neither the topic nor the memory of the task grows with every alert ever posted. A record older
 * than that is not posted at all ({@link #tooOldToTell}): it may have been, and the log no longer knows.
 */
final class DeliveryLog implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(60);

    private final String topic;
    private final KafkaProducer<String, String> producer;
    private final long retentionMs;
    /** Notice id to when it was delivered. */
    private final Map<String, Long> delivered = new HashMap<>();

    private final Map<String, ThreadEntry> threads = new HashMap<>();

    /** The message an alert was posted in, and when, so that it is forgotten with the alert. */
    private record ThreadEntry(MessageComposer.Thread thread, long at) {}

    private DeliveryLog(String topic, KafkaProducer<String, String> producer, long retentionMs) {
        this.topic = topic;
        this.producer = producer;
        this.retentionMs = retentionMs;
    }

    static DeliveryLog open(SlackSinkConfig config, String clientId) {
        Map<String, Object> client =
                Map.of("bootstrap.servers", String.join(",", config.deliveryLogBootstrap()), "client.id", clientId);
        String topic = config.deliveryLogTopic();
        ensureTopic(client, topic, config.deliveryLogReplication());
        Map<String, Object> producerProps = new HashMap<>(client);
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        producerProps.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerProps.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        DeliveryLog log = new DeliveryLog(
                topic,
                new KafkaProducer<>(producerProps, new StringSerializer(), new StringSerializer()),
                config.deliveryLogRetention().toMillis());
        try {
            log.load(client);
        } catch (RuntimeException e) {
            log.close();
            throw e;
        }
        return log;
    }

    boolean delivered(String noticeId) {
        return delivered.containsKey(noticeId);
    }

    /** Whether a record is older than the log remembers: had it been posted, its entry would be gone by now. */
    boolean tooOldToTell(long recordTimestamp, long now) {
        return recordTimestamp >= 0 && recordTimestamp < now - retentionMs;
    }

    /**
     * Forgets the entries older than the retention, writing a tombstone for each so that compaction removes them from
     * the topic too. Returns how many. A tombstone that fails to be written leaves its entry in the topic: it is read
     * and expired again at the next start.
     */
    int expire(long now) {
        long cutoff = now - retentionMs;
        List<String> expired = delivered.entrySet().stream()
                .filter(e -> e.getValue() < cutoff)
                .map(Map.Entry::getKey)
                .toList();
        for (String id : expired) {
            delivered.remove(id);
            producer.send(new ProducerRecord<>(topic, id, null));
        }
        threads.values().removeIf(entry -> entry.at() < cutoff);
        if (!expired.isEmpty()) {
            producer.flush();
        }
        return expired.size();
    }

    int size() {
        return delivered.size();
    }

    Optional<MessageComposer.Thread> thread(String threadKey) {
        return Optional.ofNullable(threads.get(threadKey)).map(ThreadEntry::thread);
    }

    /**
     * Records that Slack accepted these notices in one message; returns once the log has them.
     *
     * @param at when, by the clock {@link #expire} is judged by
     */
    void record(List<Notice> notices, String channel, String ts, long at) {
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        for (Notice notice : notices) {
            ObjectNode entry = MAPPER.createObjectNode()
                    .put("channel", channel)
                    .put("ts", ts)
                    .put("at", at);
            if (notice instanceof Notice.Alert alert && !alert.resolved()) {
                entry.put("thread", alert.threadKey());
            }
            remember(notice.id(), entry, at);
            sent.add(producer.send(new ProducerRecord<>(topic, notice.id(), entry.toString())));
        }
        producer.flush();
        for (Future<RecordMetadata> future : sent) {
            try {
                future.get();
            } catch (ExecutionException e) {
                throw new ConnectException("Posted to Slack but could not record it in " + topic, e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ConnectException("Interrupted while recording a delivery in " + topic, e);
            }
        }
    }

    private static void ensureTopic(Map<String, Object> client, String topic, short replication) {
        try (Admin admin = Admin.create(client)) {
            NewTopic newTopic = new NewTopic(topic, Optional.of(1), Optional.of(replication))
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
            admin.createTopics(List.of(newTopic)).all().get(LOAD_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new ConnectException("Cannot create the delivery log topic " + topic, e.getCause());
            }
        } catch (TimeoutException e) {
            throw new ConnectException("Kafka did not answer while creating the delivery log topic " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectException("Interrupted while creating " + topic, e);
        }
    }

    private void load(Map<String, Object> client) {
        Map<String, Object> props = new HashMap<>(client);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, LOAD_TIMEOUT).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, LOAD_TIMEOUT);
            long deadline = System.nanoTime() + LOAD_TIMEOUT.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new ConnectException(
                            "Could not read the delivery log " + topic + " within " + LOAD_TIMEOUT.toSeconds() + "s");
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    JsonNode entry = parse(record.value());
                    remember(
                            record.key(),
                            entry,
                            entry != null && entry.hasNonNull("at")
                                    ? entry.get("at").asLong()
                                    : record.timestamp());
                }
            }
        }
    }

    /** One entry of the log, written now or read at start; null is a tombstone. */
    private void remember(String noticeId, JsonNode entry, long at) {
        if (entry == null) {
            delivered.remove(noticeId);
            return;
        }
        delivered.put(noticeId, at);
        if (entry.hasNonNull("thread") && entry.hasNonNull("ts")) {
            threads.putIfAbsent(
                    entry.get("thread").asText(),
                    new ThreadEntry(
                            new MessageComposer.Thread(
                                    entry.path("channel").asText(null),
                                    entry.get("ts").asText()),
                            at));
        }
    }

    // The id alone is what prevents a repeat: an unreadable entry still counts as delivered, it only loses its thread.
    private static JsonNode parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            return MAPPER.readTree(value);
        } catch (IOException e) {
            return MAPPER.createObjectNode();
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}

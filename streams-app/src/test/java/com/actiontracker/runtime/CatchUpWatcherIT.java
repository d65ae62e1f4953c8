package com.actiontracker.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Caught up" on a real broker, in the moment every exactly-once app passes through: its transaction has written
 * records to a topic it reads, and its offsets are already visible while those records are not.
 */
class CatchUpWatcherIT {

    private static final String GROUP = "watched-app";
    private static final String INPUT = "watched-input";
    private static final TopicPartition PARTITION = new TopicPartition(INPUT, 0);

    @TempDir
    static Path data;

    private static EmbeddedKafka kafka;
    private static Admin admin;

    @BeforeAll
    static void startBroker() throws Exception {
        kafka = EmbeddedKafka.start(data, 0);
        admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()));
        admin.createTopics(List.of(new NewTopic(INPUT, 1, (short) 1))).all().get();
    }

    @AfterAll
    static void stopBroker() {
        admin.close();
        kafka.close();
    }

    @Test
    void aTopicWithATransactionStillOpenIsNotCaughtUpEvenWhenNothingBeforeItIsLeft() throws Exception {
        try (KafkaProducer<String, String> producer = transactionalProducer();
                CatchUpWatcher watcher = new CatchUpWatcher(kafka.bootstrapServers(), GROUP)) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(INPUT, "k", "written by a transaction not yet committed"))
                    .get();
            commitGroupOffset(0);

            assertThat(watcher.caughtUp(Set.of(INPUT)))
                    .as("open transaction on the input")
                    .isFalse();

            producer.commitTransaction();
            assertThat(watcher.caughtUp(Set.of(INPUT)))
                    .as("its record is now readable and unprocessed")
                    .isFalse();

            commitGroupOffset(2);
            assertThat(watcher.caughtUp(Set.of(INPUT)))
                    .as("the record and its commit marker are behind the group")
                    .isTrue();
        }
    }

    private static void commitGroupOffset(long offset) throws Exception {
        admin.alterConsumerGroupOffsets(GROUP, Map.of(PARTITION, new OffsetAndMetadata(offset)))
                .all()
                .get();
    }

    private static KafkaProducer<String, String> transactionalProducer() {
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        kafka.bootstrapServers(),
                        ProducerConfig.TRANSACTIONAL_ID_CONFIG,
                        "watched-app-writer"),
                new StringSerializer(),
                new StringSerializer());
    }
}

package com.actiontracker.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.actiontracker.topology.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reset a replay starts with, on a real broker: where each topic's committed offset goes, which topics are
 * deleted, and that the local state is gone.
 */
class ReplayResetIT {

    private static final LocalDateTime T0 = LocalDateTime.of(2025, 11, 1, 9, 0);

    @TempDir
    Path data;

    @Test
    void inputsGoBackToTheTimeGivenDerivedTopicsToTheirEndInternalTopicsAndLocalStateAway() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(data.resolve("kafka"), 0);
                Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            TrackerConfig config = new TrackerConfig(
                    Map.of(TrackerConfig.DATA_DIR, data.toString(), "bootstrap.servers", kafka.bootstrapServers()));
            Topics topics = config.topics();
            TopicProvisioner.ensure(admin, topics, 1, (short) 1);
            String app = TrackerConfig.DEFAULT_APPLICATION_ID;
            String changelog = app + "-actions-changelog";
            admin.createTopics(List.of(new NewTopic(changelog, 1, (short) 1)))
                    .all()
                    .get();
            // Three note revisions an hour apart, and as many derived events.
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
                for (int hour = 0; hour < 3; hour++) {
                    long at = T0.plusHours(hour).toInstant(ZoneOffset.UTC).toEpochMilli();
                    producer.send(new ProducerRecord<>(topics.rawNotes(), 0, at, "a.md", "v" + hour))
                            .get();
                    producer.send(new ProducerRecord<>(topics.actionEvents(), 0, at, "a-1", "e" + hour))
                            .get();
                }
            }
            Map<TopicPartition, OffsetAndMetadata> processed = new HashMap<>();
            processed.put(new TopicPartition(topics.rawNotes(), 0), new OffsetAndMetadata(3));
            processed.put(new TopicPartition(topics.actionEvents(), 0), new OffsetAndMetadata(1));
            admin.alterConsumerGroupOffsets(app, processed).all().get();
            Files.createDirectories(config.stateDirectory().resolve("0_0"));

            Replay.reset(config, Optional.of(T0.plusMinutes(30)));

            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(app)
                    .partitionsToOffsetAndMetadata()
                    .get();
            assertThat(committed.get(new TopicPartition(topics.rawNotes(), 0)).offset())
                    .as("the first revision written from 09:30 UTC on")
                    .isEqualTo(1);
            assertThat(committed.get(new TopicPartition(topics.commands(), 0)).offset())
                    .as("no command since then: its end")
                    .isZero();
            assertThat(committed
                            .get(new TopicPartition(topics.actionEvents(), 0))
                            .offset())
                    .as("derived: written again by the replay, so skipped")
                    .isEqualTo(3);
            assertThat(admin.listTopics().names().get())
                    .doesNotContain(changelog)
                    .contains(topics.rawNotes());
            assertThat(config.stateDirectory()).doesNotExist();

            Replay.reset(config, Optional.empty());

            assertThat(admin.listConsumerGroupOffsets(app)
                            .partitionsToOffsetAndMetadata()
                            .get()
                            .get(new TopicPartition(topics.rawNotes(), 0))
                            .offset())
                    .as("everything")
                    .isZero();
        }
    }
}

package com.actiontracker.containers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.actiontracker.runtime.TopicProvisioner;
import com.actiontracker.runtime.TrackerApp;
import com.actiontracker.runtime.TrackerConfig;
import com.actiontracker.topology.NoteFiles;
import com.actiontracker.tracking.ActionState;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The streams app against the Apache Kafka image docker-compose uses, for those who run Docker. Without a Docker
 * engine this class is skipped; the same behaviour runs on the embedded broker in TrackerPipelineIT.
 */
@Testcontainers(disabledWithoutDocker = true)
class KafkaContainerIT {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.3.1");

    @TempDir
    Path state;

    @Test
    void aNoteWrittenToTheRawTopicBecomesTrackedActions() throws Exception {
        TrackerConfig config = new TrackerConfig(Map.of(
                "bootstrap.servers",
                KAFKA.getBootstrapServers(),
                TrackerConfig.DATA_DIR,
                state.toString(),
                TrackerConfig.TOPIC_REPLICATION,
                "1"));
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", KAFKA.getBootstrapServers()))) {
            TopicProvisioner.ensure(admin, config.topics(), 3, (short) 1);
        }
        try (TrackerApp app = TrackerApp.create(config);
                KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                        Map.of("bootstrap.servers", KAFKA.getBootstrapServers()),
                        new StringSerializer(),
                        new ByteArraySerializer())) {
            app.start(Duration.ofMinutes(2));
            producer.send(new ProducerRecord<>(
                            config.topics().rawNotes(),
                            "a.md",
                            NoteFiles.encoded(
                                    "a.md",
                                    "---\ndate: 2025-10-30\n---\n- [ ] Send the deck @Lior 📅 2025-10-31\n",
                                    Instant.now())))
                    .get();
            await().atMost(Duration.ofMinutes(1))
                    .ignoreExceptions()
                    .untilAsserted(() -> assertThat(app.actions())
                            .extracting(ActionState::text)
                            .containsExactly("Send the deck"));
        }
    }
}
